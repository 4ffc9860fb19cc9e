// The app scheme serves only files inside the renderer folder, with a strict CSP on every response.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  CONTENT_SECURITY_POLICY,
  createRendererHandler,
  META_EXCLUDED_DIRECTIVES,
  registerAppScheme,
  resolveRendererPath,
  serveRenderer,
} from '../../electron/protocol';
import { NO_DICTIONARIES_URL } from '../../electron/security';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'waymark-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Waymark</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveRendererPath', () => {
  it('maps the root and plain paths to files in the folder', () => {
    expect(resolveRendererPath(root, 'app://waymark/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererPath(root, 'app://waymark/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveRendererPath(root, 'app://waymark/index.html#/projects/1')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://waymark/..%2fsecret.txt',
    'app://waymark/%2e%2e%2fsecret.txt',
    'app://waymark/assets/..%2f..%2fsecret.txt',
    'app://waymark/..%5csecret.txt',
    'app://waymark/assets%5c..%5c..%5csecret.txt',
    'app://waymark/%00index.html',
    'app://waymark/%E0%A4%A',
    'app://waymark/C:%2fWindows%2fwin.ini',
  ])('refuses traversal or malformed path %s', (url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });

  it('keeps plain ../ and encoded dot segments inside the folder after URL normalisation', () => {
    for (const url of [
      'app://waymark/../secret.txt',
      'app://waymark/%2e%2e/secret.txt',
      'app://waymark/%2E%2E/%2E%2E/secret.txt',
      'app://waymark/assets/../../secret.txt',
    ]) {
      const resolved = resolveRendererPath(root, url);
      expect(resolved).toBe(path.join(root, 'secret.txt'));
    }
  });

  it('treats an absolute path in the URL as relative to the folder', () => {
    expect(resolveRendererPath(root, `app://waymark/${base}/secret.txt`)).toBe(path.join(root, base, 'secret.txt'));
    expect(resolveRendererPath(root, 'app://waymark//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it.each([
    'https://waymark/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://waymark:8080/index.html',
    'app://user@waymark/index.html',
    'not a url',
  ])('refuses other origins: %s', (url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });
});

describe('createRendererHandler', () => {
  const handler = () => createRendererHandler(root);

  it('serves a file with its content type and the CSP', async () => {
    const response = await handler()({ url: 'app://waymark/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Waymark</title>');
  });

  it('never serves a file outside the folder', async () => {
    for (const url of [
      'app://waymark/..%2fsecret.txt',
      'app://waymark/%2e%2e%2fsecret.txt',
      'app://waymark/../secret.txt',
    ]) {
      const response = await handler()({ url, method: 'GET' });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('answers 404 for a missing file or a folder, and 405 for other methods', async () => {
    expect((await handler()({ url: 'app://waymark/missing.js', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://waymark/assets', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://waymark/index.html', method: 'POST' })).status).toBe(405);
  });

  it('serves nothing where spelling dictionaries would be fetched from', async () => {
    const response = await handler()({ url: `${NO_DICTIONARIES_URL}en-GB-10-1.bdic`, method: 'GET' });
    expect(response.status).toBe(404);
  });

  it('serves JavaScript as JavaScript', async () => {
    const response = await handler()({ url: 'app://waymark/assets/app.js', method: 'GET' });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});

describe('the content security policy', () => {
  it('allows only the app itself to run code, connect and frame', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((part) => [part.split(' ')[0], part]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('connect-src')).toBe("connect-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('form-action')).toBe("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('allows no frames, no blob: workers and fonts from the app only', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((part) => [part.split(' ')[0], part]));
    expect(directives.get('frame-src')).toBe("frame-src 'none'");
    expect(directives.get('worker-src')).toBe("worker-src 'self'");
    expect(directives.get('font-src')).toBe("font-src 'self'");
  });

  it('is the same policy as the meta tag in src/ui/index.html, less what a meta tag cannot carry', () => {
    const html = readFileSync(path.join(__dirname, '..', '..', 'src', 'ui', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(META_EXCLUDED_DIRECTIVES).toEqual(['frame-ancestors']);
    const headerWithoutExcluded = CONTENT_SECURITY_POLICY.split('; ').filter(
      (part) => !META_EXCLUDED_DIRECTIVES.includes(part.split(' ')[0] ?? ''),
    );
    expect(meta?.split('; ')).toEqual(headerWithoutExcluded);
  });

  it('needs no blob: workers because the export worker is a bundled file loaded by URL', () => {
    const client = readFileSync(path.join(__dirname, '..', '..', 'src', 'export', 'export-client.ts'), 'utf8');
    expect(client).toMatch(/new Worker\(new URL\('\.\/export-worker\.ts', import\.meta\.url\)/);
    expect(client).not.toContain('createObjectURL');
  });
});

describe('scheme registration', () => {
  it('registers the app scheme as standard and secure and serves it with protocol.handle', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveRenderer(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
