// The app's own origin: the custom scheme the renderer is served from, and the one test of
// "does this URL belong to Waymark" used by the protocol, the navigation guards and the IPC sender checks.

/** The privileged scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
/** The single host under that scheme. */
export const APP_HOST = 'waymark';
/** Scheme and host together, as a prefix for building URLs. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for a well-formed URL on the app scheme and exactly the app host (no port, no user info).
 * Anything else, including non-strings, is foreign.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}
