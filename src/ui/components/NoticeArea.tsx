// Shows the current notice (for example "Project deleted" with Undo) at the top of the page. The words
// are announced by the layout's permanent live region (NoticeAnnouncer), so this visible copy is not a
// live region itself: a region created already holding its message is not reliably read out.
import { useEffect, useRef, useState } from 'react';
import { useNotices } from '../state/notices';
import { FOCUS_ON_ARRIVAL } from './heading-focus';

export function NoticeArea() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const [busy, setBusy] = useState(false);
  const focusAfterAction = useRef(false);
  const area = useRef<HTMLDivElement>(null);

  // After an action (such as Undo) its button is gone: move focus to the notice that replaced it, or to
  // the page heading, so that it does not fall to the start of the document.
  useEffect(() => {
    if (!focusAfterAction.current || busy) return;
    focusAfterAction.current = false;
    const target =
      area.current?.querySelector<HTMLElement>('.notice') ?? document.querySelector<HTMLElement>('main h1');
    target?.focus();
  }, [notices, busy]);

  return (
    <div className="notice-area" ref={area}>
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          // Read out by the layout's live region instead (errors stay alerts, which are read when they appear).
          aria-live={notice.kind === 'error' ? undefined : 'off'}
          aria-labelledby={`notice-${notice.id}-title`}
          tabIndex={-1}
          {...(notice.action ? { [FOCUS_ON_ARRIVAL]: '' } : {})}
        >
          <p className="notice__message" id={`notice-${notice.id}-title`}>
            {notice.message}
          </p>
          <div className="notice__actions">
            {notice.action && (
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={busy || undefined}
                onClick={async () => {
                  if (busy) return;
                  setBusy(true);
                  focusAfterAction.current = true;
                  try {
                    await notice.action?.run();
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                dismiss(notice.id);
                document.querySelector<HTMLElement>('main h1')?.focus();
              }}
            >
              Dismiss<span className="visually-hidden"> message</span>
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
