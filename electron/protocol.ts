// Serves the built renderer (dist/renderer) over the app's own privileged scheme, with a strict
// Content-Security-Policy on every response and a guard that keeps every request inside that folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * The headers sent with every response from the app scheme. The policy allows only the app's own
 * scripts, styles, fonts, workers and connections (React sets styles through the DOM, so no inline
 * styles; the export worker is a bundled file, so no blob: workers), images also from data: and blob:
 * URLs, and no plugins, frames, forms or base URL changes. It is written as one literal so that the
 * security scan (npm run security) can evaluate it. src/ui/index.html carries the same policy in a meta
 * tag (for the browser build), less META_EXCLUDED_DIRECTIVES; test/electron/protocol.test.ts keeps
 * the two identical.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
  headers['content-security-policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'; frame-ancestors 'none'";
  return headers;
}

/** The Content-Security-Policy sent with every response. */
export const CONTENT_SECURITY_POLICY = securityHeaders()['content-security-policy'] ?? "default-src 'none'";

/**
 * Directives of the header policy that a <meta> policy cannot carry (browsers ignore them there), so
 * src/ui/index.html leaves them out: frame-ancestors. (report-uri and sandbox are the others the CSP
 * standard names; Waymark uses neither.)
 */
export const META_EXCLUDED_DIRECTIVES: readonly string[] = ['frame-ancestors'];

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type for a file name; unknown kinds are served as opaque bytes. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request URL to a file inside `rootDir`, or null when the request must be refused: another
 * scheme or host, a malformed escape, a `..` segment (plain or percent-encoded), a backslash, a NUL,
 * a drive letter or anything else that would resolve outside the folder. `/` maps to index.html.
 */
export function resolveRendererPath(rootDir: string, requestUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return null;
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

/** The subset of a fetch Request the handler reads. */
export interface RendererRequest {
  url: string;
  method: string;
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() });
}

/**
 * Builds the handler for the app scheme. It answers GET and HEAD only, never lists folders and
 * never reads outside `rootDir`.
 */
export function createRendererHandler(
  rootDir: string,
  read: (file: string) => Promise<Uint8Array> = readFile,
): (request: RendererRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = resolveRendererPath(rootDir, request.url);
    if (file === null) return refusal(404);
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return refusal(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'content-type': contentTypeFor(file), 'cache-control': 'no-cache' },
    });
  };
}

/** Declares the app scheme as standard and secure. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rootDir` on the app scheme for the default session. Call once the app is ready. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rootDir));
}
