// Window-open, navigation, webview, permission and request guards.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

const electron = vi.hoisted(() => ({
  app: { on: vi.fn() },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
}));
vi.mock('electron', () => electron);

import {
  blockForeignRequests,
  decideWindowOpen,
  denyAllPermissions,
  guardNavigation,
  hardenWebContents,
  installWebContentsGuards,
  isAllowedRequest,
  isSafeExternalUrl,
  keepSpellingOffline,
  NO_DICTIONARIES_URL,
  usesSystemSpellchecker,
} from '../../electron/security';

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

beforeEach(() => {
  electron.shell.openExternal.mockClear();
  electron.app.on.mockClear();
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.gov.uk/service-manual',
    'http://example.org/',
    'mailto:team@example.org',
    'mailto:team@example.org?subject=Weekly%20report&body=Hello',
    'mailto:team@example.org?cc=lead@example.org&bcc=pmo@example.org',
    'mailto:team@example.org?Subject=Capitals%20are%20fine',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'mailto:a@b.example?attach=~/.ssh/id_rsa',
    'mailto:a@b.example?subject=Hi&attach=/etc/passwd',
    'mailto:a@b.example?ATTACHMENT=file:///home/me/secret.txt',
    'mailto:a@b.example?to=other@example.org&in-reply-to=x',
    'mailto:a@b.example?x-mozilla-attach=1',
    'mailto:?subject=no address',
  ])('refuses the mail link %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://waymark/index.html',
    'smb://server/share',
    'https://user:pass@example.org/',
    'mailto:',
    'not a url',
    `https://example.org/${'a'.repeat(2100)}`,
    42,
    null,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('window.open', () => {
  it('is always denied, and a safe link opens in the browser instead', () => {
    expect(decideWindowOpen({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it('drops unsafe links without opening anything', () => {
    expect(decideWindowOpen({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(decideWindowOpen({ url: 'app://waymark/index.html' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  it('allows moving within the app origin', () => {
    const event = navigation('app://waymark/index.html#/settings');
    guardNavigation(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://waymark.evil/',
    'data:text/html,hi',
  ])('stops navigation to %s', (url) => {
    const event = navigation(url);
    guardNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('opens a web link outside the app rather than inside it', () => {
    const event = navigation('https://www.gov.uk/service-standard');
    guardNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/service-standard');
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    const setWindowOpenHandler = vi.fn();
    // A stand-in with only the members the guard uses; the real WebContents needs a running app.
    const contents = Object.assign(emitter, { setWindowOpenHandler }) as unknown as WebContents;
    return { emitter, setWindowOpenHandler, contents };
  }

  it('installs the window-open handler and guards navigation, redirects and webviews', () => {
    const { emitter, setWindowOpenHandler, contents } = fakeContents();
    hardenWebContents(contents);
    expect(setWindowOpenHandler).toHaveBeenCalledWith(decideWindowOpen);

    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = navigation('https://evil.example/');
      emitter.emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });

  it('guards a web contents only once however often it is hardened, so a blocked link opens once', async () => {
    const { emitter, setWindowOpenHandler, contents } = fakeContents();
    hardenWebContents(contents);
    hardenWebContents(contents);
    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(emitter.listenerCount('will-navigate')).toBe(1);
    const event = navigation('https://www.gov.uk/');
    emitter.emit('will-navigate', event);
    await Promise.resolve();
    expect(electron.shell.openExternal).toHaveBeenCalledOnce();
  });

  it('hardens every web contents the app creates', () => {
    installWebContentsGuards();
    const [eventName, listener] = electron.app.on.mock.calls[0] as unknown as [
      string,
      (event: unknown, contents: WebContents) => void,
    ];
    expect(eventName).toBe('web-contents-created');
    const { setWindowOpenHandler, contents } = fakeContents();
    listener({}, contents);
    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
  });
});

describe('spell checking', () => {
  it('uses the operating system\u2019s checker on macOS and Windows and is off elsewhere', () => {
    expect(usesSystemSpellchecker('darwin')).toBe(true);
    expect(usesSystemSpellchecker('win32')).toBe(true);
    expect(usesSystemSpellchecker('linux')).toBe(false);
    expect(usesSystemSpellchecker('freebsd')).toBe(false);
  });

  it('points dictionary downloads at a path on the app\u2019s own origin rather than the internet', () => {
    const setSpellCheckerDictionaryDownloadURL = vi.fn();
    // A stand-in with only the member the guard uses.
    keepSpellingOffline({ setSpellCheckerDictionaryDownloadURL } as unknown as Session);
    expect(setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(NO_DICTIONARIES_URL);
    expect(isAllowedRequest(`${NO_DICTIONARIES_URL}en-GB-10-1.bdic`)).toBe(true);
    expect(NO_DICTIONARIES_URL.startsWith('app://waymark/')).toBe(true);
  });
});

describe('permissions and requests', () => {
  function fakeSession() {
    const setPermissionRequestHandler = vi.fn();
    const setPermissionCheckHandler = vi.fn();
    const onBeforeRequest = vi.fn();
    // A stand-in with only the members the guard uses.
    const session = {
      setPermissionRequestHandler,
      setPermissionCheckHandler,
      webRequest: { onBeforeRequest },
    } as unknown as Session;
    return { session, setPermissionRequestHandler, setPermissionCheckHandler, onBeforeRequest };
  }

  it('denies every permission request and check', () => {
    const fake = fakeSession();
    denyAllPermissions(fake.session);
    const requestHandler = fake.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = fake.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      origin: string,
    ) => boolean;
    expect(checkHandler({}, 'media', 'app://waymark')).toBe(false);
    expect(checkHandler({}, 'clipboard-read', 'app://waymark')).toBe(false);
  });

  it('cancels requests on any scheme but the app, data: and blob:', () => {
    const fake = fakeSession();
    blockForeignRequests(fake.session);
    const listener = fake.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('app://waymark/assets/app.js')).toEqual({ cancel: false });
    expect(decide('https://tracker.example/pixel.gif')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://other/x.js')).toEqual({ cancel: true });
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://waymark/1234')).toBe(true);
    expect(isAllowedRequest('ws://127.0.0.1:5173/')).toBe(false);
  });
});
