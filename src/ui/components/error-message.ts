// What to tell the person when something they asked for failed. Errors the app raises on purpose
// (storage, the platform, the use cases) carry one plain sentence, which is shown as it is; anything
// else (a programming error, a browser's technical message) is replaced by the caller's own sentence.

const LONGEST_MESSAGE = 300;

/** The error's own message when it is one plain sentence or two; otherwise `fallback`. */
export function errorMessage(error: unknown, fallback: string): string {
  if (!(error instanceof Error)) return fallback;
  const message = error.message.trim();
  const plain =
    message.length > 0 &&
    message.length <= LONGEST_MESSAGE &&
    !message.includes('\n') &&
    /^[A-Z0-9\u201c"']/.test(message) &&
    /[.!?]$/.test(message);
  return plain ? message : fallback;
}
