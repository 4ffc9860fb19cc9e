// Guards around every web page the app shows: no new windows, no navigation away from the app,
// no permissions, no <webview>, no requests on any scheme but the app's own. Links to the web and
// to mail open outside the app, after validation. Spell checking never downloads dictionaries.
import { app, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalLink, MAX_LINK_LENGTH } from '../src/domain/safe-link';
import { APP_ORIGIN, APP_SCHEME, isAppUrl } from './app-origin';

/** Longest link the app will hand to the operating system. */
export const MAX_EXTERNAL_URL_LENGTH = MAX_LINK_LENGTH;

/**
 * True for a link that may leave the app, by the same rule the renderer applies: https or http with a
 * site name and no user name or password, or mailto with an address and at most a subject, body, cc
 * and bcc (so never attach= or other fields a mail program might act on); at most 2,048 characters.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  return typeof url === 'string' && isSafeExternalLink(url);
}

/**
 * The only place a link leaves the app: it is validated here, immediately before the operating
 * system receives it. Resolves false (and opens nothing) for any link that is not safe.
 */
export async function openExternalLink(url: unknown): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

/** Opens a link without waiting; unsafe links and failures are dropped silently. */
export function openExternalSafely(url: unknown): void {
  void openExternalLink(url).catch(() => undefined);
}

/** Every window.open is refused; a safe link opens in the person's own browser instead. */
export function decideWindowOpen(details: { url: string }): { action: 'deny' } {
  openExternalSafely(details.url);
  return { action: 'deny' };
}

/** What a navigation guard needs from the event. */
export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * Lets the app navigate within its own origin (hash routes, reloads) and stops everything else;
 * a safe web or mail link is opened outside the app instead.
 */
export function guardNavigation(event: NavigationEvent): void {
  if (isAppUrl(event.url)) return;
  event.preventDefault();
  openExternalSafely(event.url);
}

/** Schemes the renderer may request: its own, inline data and blobs, and the dev tools. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** True when a request from a page may proceed (the app's own files, data: and blob: URLs). */
export function isAllowedRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
  return ALLOWED_REQUEST_SCHEMES.has(parsed.protocol);
}

/** Refuses every permission request and check (camera, notifications, clipboard reads, ...). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Cancels every request a page makes on another scheme (web, file, ...): Waymark works offline. */
export function blockForeignRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

const hardened = new WeakSet<WebContents>();

/**
 * Applies the window-open, navigation and webview guards to one web contents, once: a second call
 * for the same contents does nothing, so a blocked link can never be opened twice.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler(decideWindowOpen);
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Hardens every web contents the app ever creates, the main window's included (Electron reports each
 * one as it is created, before anything loads). Call before the first window opens.
 */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/**
 * True where spell checking uses the operating system's own checker (macOS, Windows). Elsewhere
 * Chromium would fetch Hunspell dictionaries from the internet, so spell checking stays off there:
 * Waymark works offline.
 */
export function usesSystemSpellchecker(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** Where Chromium is told to fetch spelling dictionaries: a path on the app's own origin that serves nothing. */
export const NO_DICTIONARIES_URL = `${APP_ORIGIN}/no-spelling-dictionaries/`;

/**
 * Points dictionary downloads at NO_DICTIONARIES_URL, so that a Hunspell fallback (for a language the
 * operating system's checker lacks) finds nothing instead of reaching the internet.
 */
export function keepSpellingOffline(session: Session): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES_URL);
}
