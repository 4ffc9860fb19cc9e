// One live region that lives as long as the app, so that a notice is read out even when it is shown on
// a screen the person has just moved to. A region created already holding its words is often not read,
// which is why the notices on each page are not live regions themselves. Errors are left to the
// visible notice, whose alert role is read as soon as it appears.
import { useEffect, useState } from 'react';
import { useNotices } from '../state/notices';

/** A short pause, so that assistive technology sees the region empty and then filled again. */
const ANNOUNCE_DELAY_MS = 150;

export function NoticeAnnouncer() {
  const notice = useNotices((s) => s.notices.find((n) => n.kind !== 'error'));
  const [text, setText] = useState('');
  const id = notice?.id;
  const message = notice?.message;
  useEffect(() => {
    setText('');
    if (!message) return undefined;
    const timer = window.setTimeout(() => setText(message), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [id, message]);
  return (
    <div className="visually-hidden notice-announcer" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
