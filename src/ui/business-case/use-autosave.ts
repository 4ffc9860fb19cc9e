// Autosave for the section editor: a change is saved about half a second after the person stops typing,
// at once when the editor loses focus or the page is hidden or closed, and when the page is left. Saves
// run one after another, each following on from the last, and the status says when the text was last
// saved ("Saved at 10:42"), for a polite live region.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RichTextDoc } from '../../domain/rich-text';
import { errorMessage } from '../components/error-message';

export const AUTOSAVE_DELAY_MS = 500;

export type AutosaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed'; message: string };

/** "Saved at 10:42", in the person's own clock. */
export function savedAtText(at: Date): string {
  return `Saved at ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/**
 * `save` stores a document and resolves when it is stored; it is never called twice at once. A failed save
 * keeps the text in the editor and keeps it waiting to be saved (unless newer text is already waiting), so
 * trying again, the next change or leaving the page saves it; nothing is written over.
 */
export function useAutosave(save: (doc: RichTextDoc) => Promise<void>) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const pending = useRef<RichTextDoc | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    running.current = running.current.then(async () => {
      const doc = pending.current;
      if (doc === null) return;
      pending.current = null;
      setStatus({ state: 'saving' });
      try {
        await saveRef.current(doc);
        setStatus(pending.current === null ? { state: 'saved', at: new Date() } : { state: 'saving' });
      } catch (error) {
        pending.current ??= doc;
        setStatus({
          state: 'failed',
          message: errorMessage(error, 'Your latest changes could not be saved. Keep this page open and try again.'),
        });
      }
    });
    return running.current;
  }, []);

  const change = useCallback(
    (doc: RichTextDoc) => {
      pending.current = doc;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leaving = () => void flush();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    window.addEventListener('beforeunload', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('beforeunload', leaving);
      // Leaving the page inside the app: save what is still waiting.
      void flush();
    };
  }, [flush]);

  return { status, change, flush };
}
