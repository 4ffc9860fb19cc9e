// Asks the browser to keep Waymark's data when the computer runs short of space, and says what it answered.
import { useState } from 'react';
import { repositories } from '../data';

type Answer = 'granted' | 'refused' | 'unsupported' | 'failed';

const WORDS: Record<Answer, string> = {
  granted: 'The browser agreed: it will not clear Waymark\u2019s data to free up space.',
  refused:
    'The browser said no. It may still clear Waymark\u2019s data if this computer runs short of space, so back up regularly. Browsers often agree once a site is bookmarked or used often.',
  unsupported: 'This browser cannot be asked to keep data. Back up regularly.',
  failed: 'The browser did not answer. Back up regularly, and try again later.',
};

export function PersistentStorageRequest() {
  const [answer, setAnswer] = useState<Answer | null>(null);
  async function ask() {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) {
      setAnswer('unsupported');
      return;
    }
    try {
      const granted = await storage.persist();
      setAnswer(granted ? 'granted' : 'refused');
      await repositories().settings.set('persistentStorageGranted', granted);
    } catch {
      setAnswer('failed');
    }
  }
  return (
    <>
      <h3>Keep Waymark&apos;s data in this browser</h3>
      <p>Browsers may clear a site&apos;s data when the computer runs short of space, unless you ask them not to.</p>
      <button type="button" className="button button--secondary" onClick={() => void ask()}>
        Ask the browser to keep Waymark&apos;s data
      </button>
      <p aria-live="polite" data-testid="persist-answer">
        {answer ? WORDS[answer] : ''}
      </p>
    </>
  );
}
