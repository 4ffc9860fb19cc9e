// Sets the window title for each screen, so people (and screen readers) know where they are.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} \u2013 Waymark`;
  }, [title]);
}
