// Moves focus to a screen's heading after the person moves within the app, so keyboard and screen
// reader users start at the top of the new page. The first page after loading keeps the browser's
// own order, with the skip link first. Screens that load data show their heading later, so the
// request waits until a heading appears.
import { useEffect, type RefObject } from 'react';

let pending = false;

/** Called by the layout when the location changes. */
export function requestHeadingFocus(): void {
  pending = true;
}

/** Called by each screen's heading once it is on the page. */
export function useHeadingFocus(ref: RefObject<HTMLHeadingElement | null>): void {
  useEffect(() => {
    if (!pending) return;
    pending = false;
    ref.current?.focus();
  });
}
