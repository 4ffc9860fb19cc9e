// Moves focus to a screen's heading after the person moves within the app, so keyboard and screen
// reader users start at the top of the new page. The first page after loading keeps the browser's
// own order, with the skip link first. Screens that load data show their heading later, so the
// request waits until a heading appears. A notice that offers an action (such as Undo) takes the focus
// instead of the heading, so the action is one Tab away.
import { useEffect, type RefObject } from 'react';

let pending = false;

/** The attribute that marks a notice to focus instead of the heading when the person arrives. */
export const FOCUS_ON_ARRIVAL = 'data-focus-on-arrival';

/** Called by the layout when the location changes. */
export function requestHeadingFocus(): void {
  pending = true;
}

/** Called by each screen's heading once it is on the page. */
export function useHeadingFocus(ref: RefObject<HTMLHeadingElement | null>): void {
  useEffect(() => {
    if (!pending) return;
    pending = false;
    const notice = document.querySelector<HTMLElement>(`[${FOCUS_ON_ARRIVAL}]`);
    (notice ?? ref.current)?.focus();
  });
}
