// Shows the current notice (for example "Project deleted" with Undo) in a live region.
import { useState } from 'react';
import { useNotices } from '../state/notices';

export function NoticeArea() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const [busy, setBusy] = useState(false);
  return (
    <div aria-live="polite" className="notice-area">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p className="notice__message">{notice.message}</p>
          <div className="notice__actions">
            {notice.action && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={async () => {
                  setBusy(true);
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
            <button type="button" className="link-button" onClick={() => dismiss(notice.id)}>
              Dismiss<span className="visually-hidden"> message</span>
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
