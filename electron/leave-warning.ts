// A page with changes that are not saved asks before the window closes or reloads (the renderer's
// beforeunload handler). Electron does not show the browser's question itself: without this, closing the
// window would silently do nothing. The question starts on the safe choice, as the app's own dialog does.
import { dialog, type BrowserWindow } from 'electron';

export const LEAVE_BUTTONS = ['Leave without saving', 'Stay on this page'] as const;
const LEAVE = 0;
const STAY = 1;

/** The parts of a window this needs: its web contents' unload event. */
export interface UnloadSource {
  webContents: { on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown };
}

/** Asks the person, through `ask` (the index of the button pressed), whether to leave; leaving lets the unload go on. */
export function askBeforeLeaving(window: UnloadSource, ask: () => number): void {
  window.webContents.on('will-prevent-unload', (event) => {
    // preventDefault here cancels the page's refusal, so the window closes or reloads.
    if (ask() === LEAVE) event.preventDefault();
  });
}

/** The native question shown over `window`. */
export function leaveQuestion(window: BrowserWindow): () => number {
  return () =>
    dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'You have changes that are not saved',
      message: 'You have changes that are not saved',
      detail: 'If you leave now, what you changed on this page is lost. Stay on this page to save it first.',
      buttons: [...LEAVE_BUTTONS],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
}
