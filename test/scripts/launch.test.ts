// The helpers behind `npm start`, `npm run web` and the packaging check.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveProblems } from '../../scripts/check-builder-config.mjs';
import {
  browserOpener,
  DOWNLOAD_TIMEOUT_MS,
  fallbackSentence,
  hasDisplay,
  shouldOpenBrowser,
} from '../../scripts/start.mjs';
import { DEFAULT_PORT, isPortFree, resolvePort, waitUntilServing, webAddress } from '../../scripts/web.mjs';

describe('web address and port', () => {
  it('uses 4173 unless PORT is set', () => {
    expect(DEFAULT_PORT).toBe(4173);
    expect(resolvePort({})).toBe(4173);
    expect(resolvePort({ PORT: '' })).toBe(4173);
    expect(resolvePort({ PORT: '5000' })).toBe(5000);
    expect(webAddress(4173)).toBe('http://127.0.0.1:4173/');
  });

  it.each(['abc', '0', '70000', '80.5', '-1'])('refuses PORT=%s with a sentence', (port) => {
    expect(() => resolvePort({ PORT: port })).toThrow(/not a port number/);
  });
});

describe('waiting for the server', () => {
  let server: Server | null = null;
  afterEach(() => {
    server?.close();
    server = null;
  });

  it('sees a busy port and waits until it answers', async () => {
    server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    expect(await isPortFree(port)).toBe(false);
    await expect(waitUntilServing(`http://127.0.0.1:${port}/`, 2000, () => true)).resolves.toBeUndefined();
  });

  it('stops waiting when the server has exited', async () => {
    await expect(waitUntilServing('http://127.0.0.1:9/', 2000, () => false)).rejects.toThrow(
      /stopped before it was ready/,
    );
  });
});

describe('falling back to the browser', () => {
  it('says why in one plain sentence with the address', () => {
    const sentence = fallbackSentence('download', 'http://127.0.0.1:4173/');
    expect(sentence).toBe(
      'The Waymark desktop app could not be downloaded on this network, so Waymark is running in your web browser instead at http://127.0.0.1:4173/',
    );
    expect(fallbackSentence('no-display', 'http://127.0.0.1:4173/')).toMatch(
      /^This computer has no screen .* at http:\/\/127\.0\.0\.1:4173\/$/,
    );
    expect(sentence.split('. ')).toHaveLength(1);
  });

  it('opens the browser only with a display and not on CI', () => {
    expect(shouldOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(shouldOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(shouldOpenBrowser({}, 'linux')).toBe(false);
    expect(shouldOpenBrowser({ DISPLAY: ':0', CI: 'true' }, 'linux')).toBe(false);
    expect(shouldOpenBrowser({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('uses the platform opener', () => {
    expect(browserOpener('linux', 'http://x/')).toEqual({ command: 'xdg-open', args: ['http://x/'] });
    expect(browserOpener('darwin', 'http://x/')).toEqual({ command: 'open', args: ['http://x/'] });
    expect(browserOpener('win32', 'http://x/').command).toBe('cmd');
  });

  it('waits at most a minute for the download', () => {
    expect(DOWNLOAD_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
  });
});

describe('archiveProblems', () => {
  const good = [
    '/dist',
    '/dist/renderer',
    '/dist/renderer/index.html',
    '/dist-electron',
    '/dist-electron/main.cjs',
    '/dist-electron/preload.cjs',
    '/package.json',
  ];

  it('accepts an archive with the renderer, main, preload and package.json only', () => {
    expect(archiveProblems(good)).toEqual([]);
  });

  it('names what is missing and what should not be shipped', () => {
    const problems = archiveProblems([
      ...good.filter((entry) => entry !== '/dist-electron/main.cjs'),
      '/src/ui/App.tsx',
      '/node_modules/react/index.js',
    ]);
    expect(problems).toEqual([
      'app.asar does not contain dist-electron/main.cjs.',
      'app.asar contains src/, which should not be shipped.',
      'app.asar contains node_modules/, which should not be shipped.',
    ]);
  });
});
