// Every IPC handler refuses foreign senders, validates its arguments and answers with a Result.
import {
  chmodSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, FILE_LIMITS } from '../../src/contract/bridge';

const workspace = mkdtempSync(path.join(tmpdir(), 'waymark-ipc-'));

const electron = vi.hoisted(() => ({
  app: {
    getPath: vi.fn(() => '/home/person/Documents'),
    getName: vi.fn(() => 'Waymark'),
    getVersion: vi.fn(() => '0.1.0'),
  },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: {
    showSaveDialog: vi.fn<(options: unknown) => Promise<{ canceled: boolean; filePath?: string }>>(),
    showOpenDialog: vi.fn<(options: unknown) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
}));
vi.mock('electron', () => electron);

import { about } from '../../electron/ipc/about';
import { openExternal } from '../../electron/ipc/open-external';
import { openFile, OPEN_TOO_LARGE_ERROR } from '../../electron/ipc/open-file';
import { openFolder } from '../../electron/ipc/open-folder';
import { registerIpcHandlers } from '../../electron/ipc/register-handlers';
import { saveFile, saveReadOnlyError, SAVE_INVALID_ERROR, SAVE_TOO_LARGE_ERROR } from '../../electron/ipc/save-file';
import {
  FOREIGN_SENDER_ERROR,
  guardHandler,
  isTrustedSender,
  UNEXPECTED_ERROR,
} from '../../electron/ipc/trusted-sender';

/** An invoke event from a frame at `url` (null: the frame has gone). */
function eventFrom(url: string | null): IpcMainInvokeEvent {
  // Only senderFrame and sender are read by the handlers; the rest of the event needs a running app.
  return { senderFrame: url === null ? null : { url }, sender: {} } as unknown as IpcMainInvokeEvent;
}
const appEvent = eventFrom('app://waymark/index.html#/projects');
const docx = [{ name: 'Word document', extensions: ['docx'] }];

afterAll(() => rmSync(workspace, { recursive: true, force: true }));
beforeEach(() => {
  vi.clearAllMocks();
});

describe('sender check', () => {
  it('trusts only frames on the app origin', () => {
    expect(isTrustedSender(appEvent)).toBe(true);
    expect(isTrustedSender(eventFrom('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(eventFrom('app://evil/index.html'))).toBe(false);
    expect(isTrustedSender(eventFrom('file:///tmp/index.html'))).toBe(false);
    expect(isTrustedSender(eventFrom('http://127.0.0.1:4173/'))).toBe(false);
    expect(isTrustedSender(eventFrom(null))).toBe(false);
  });

  it('refuses a foreign frame before the handler runs', async () => {
    const body = vi.fn(() => Promise.resolve({ ok: true as const, value: 1 }));
    const guarded = guardHandler(body);
    expect(await guarded(eventFrom('https://evil.example/'))).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(body).not.toHaveBeenCalled();
    expect(await guarded(appEvent, 'a')).toEqual({ ok: true, value: 1 });
    expect(body).toHaveBeenCalledWith(appEvent, ['a']);
  });

  it('turns a thrown error into a failed Result', async () => {
    const guarded = guardHandler(() => Promise.reject(new Error('disk on fire')));
    expect(await guarded(appEvent)).toEqual({ ok: false, error: UNEXPECTED_ERROR });
  });

  it('registers every channel of the contract behind the check', async () => {
    const handle = vi.fn();
    // Only handle() is used by the registration.
    registerIpcHandlers({ handle } as unknown as IpcMain);
    const channels = handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual([...Object.values(CHANNELS).filter((c) => c !== CHANNELS.menuCommand)].sort());
    for (const call of handle.mock.calls) {
      const listener = call[1] as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
      expect(await listener(eventFrom('https://evil.example/'), 'https://www.gov.uk/')).toEqual({
        ok: false,
        error: FOREIGN_SENDER_ERROR,
      });
    }
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('save file', () => {
  const valid = { suggestedName: 'Business case.docx', bytes: new Uint8Array([1, 2, 3]), filters: docx };

  it.each([
    ['a path in the name', { ...valid, suggestedName: '../../.bashrc' }],
    ['a folder in the name', { ...valid, suggestedName: 'reports/case.docx' }],
    ['a Windows folder in the name', { ...valid, suggestedName: 'C:\\Users\\case.docx' }],
    ['an empty name', { ...valid, suggestedName: '' }],
    ['a dot name', { ...valid, suggestedName: '..' }],
    ['a control character', { ...valid, suggestedName: 'case\n.docx' }],
    ['text instead of bytes', { ...valid, bytes: 'hello' }],
    ['an array instead of bytes', { ...valid, bytes: [1, 2, 3] }],
    ['a filter extension with a dot', { ...valid, filters: [{ name: 'Word', extensions: ['.docx'] }] }],
    ['a filter with no name', { ...valid, filters: [{ extensions: ['docx'] }] }],
    ['an extra field', { ...valid, path: '/etc/passwd' }],
    ['no request at all', undefined],
    ['a string request', 'case.docx'],
  ])('rejects %s without showing a dialog', async (_label, request) => {
    expect(await saveFile(appEvent, [request])).toEqual({ ok: false, error: SAVE_INVALID_ERROR });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects bytes over the size limit', async () => {
    const bytes = new Uint8Array(FILE_LIMITS.maxFileBytes + 1);
    expect(await saveFile(appEvent, [{ ...valid, bytes }])).toEqual({ ok: false, error: SAVE_TOO_LARGE_ERROR });
  });

  it('rejects extra arguments', async () => {
    expect(await saveFile(appEvent, [valid, '/etc/passwd'])).toEqual({ ok: false, error: SAVE_INVALID_ERROR });
  });

  it('writes where the person chose and returns only the file name', async () => {
    const target = path.join(workspace, 'chosen.docx');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await saveFile(appEvent, [valid])).toEqual({ ok: true, value: { saved: true, fileName: 'chosen.docx' } });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      defaultPath: path.join('/home/person/Documents', 'Business case.docx'),
      filters: docx,
    });
  });

  it('replaces an existing file through a temporary file and a rename, never writing into it', async () => {
    const target = path.join(workspace, 'existing.docx');
    writeFileSync(target, 'old');
    // A second name for the same file: an in-place write would change it too, a rename leaves it whole.
    linkSync(target, path.join(workspace, 'second-name.docx'));
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await saveFile(appEvent, [valid])).toEqual({ ok: true, value: { saved: true, fileName: 'existing.docx' } });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readFileSync(path.join(workspace, 'second-name.docx'), 'utf8')).toBe('old');
    expect(readdirSync(workspace).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace a read-only file, saying so, and keeps it', async () => {
    const target = path.join(workspace, 'locked.docx');
    writeFileSync(target, 'old');
    chmodSync(target, 0o444);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await saveFile(appEvent, [valid]);
    expect(result).toEqual({
      ok: false,
      error: saveReadOnlyError(
        'locked.docx is read-only, so it was not replaced; make it writable or choose another name',
      ),
    });
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('reports a cancelled dialog as not saved', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await saveFile(appEvent, [valid])).toEqual({ ok: true, value: { saved: false } });
  });
});

describe('open file', () => {
  it('rejects bad filters', async () => {
    for (const filters of [
      'docx',
      [{ name: 'x', extensions: ['../x'] }],
      [{ name: 'x', extensions: 'docx' }],
      new Array(21).fill(docx[0]),
    ]) {
      expect((await openFile(appEvent, [filters])).ok).toBe(false);
    }
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('reads the chosen file', async () => {
    const file = path.join(workspace, 'process.csv');
    writeFileSync(file, 'step,owner\n');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const result = await openFile(appEvent, [[{ name: 'CSV', extensions: ['csv'] }]]);
    expect(result.ok && result.value?.name).toBe('process.csv');
    expect(result.ok && new TextDecoder().decode(result.value?.bytes)).toBe('step,owner\n');
  });

  it('returns null when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFile(appEvent, [[]])).toEqual({ ok: true, value: null });
  });

  it('reads the file behind a link the person chose in the dialog, under the name they chose', async () => {
    const file = path.join(workspace, 'real-process.csv');
    const link = path.join(workspace, 'chosen.csv');
    writeFileSync(file, 'step,owner\n');
    symlinkSync(file, link);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [link] });
    const result = await openFile(appEvent, [[{ name: 'CSV', extensions: ['csv'] }]]);
    expect(result.ok && result.value?.name).toBe('chosen.csv');
    expect(result.ok && new TextDecoder().decode(result.value?.bytes)).toBe('step,owner\n');
  });

  it('refuses a link when it is read directly rather than chosen', async () => {
    const { readFileWithinLimit, OPEN_READ_ERROR } = await import('../../electron/ipc/open-file');
    const file = path.join(workspace, 'direct-process.csv');
    const link = path.join(workspace, 'linked.csv');
    writeFileSync(file, 'step,owner\n');
    symlinkSync(file, link);
    expect(await readFileWithinLimit(link)).toEqual({ ok: false, error: OPEN_READ_ERROR });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { readFileWithinLimit } = await import('../../electron/ipc/open-file');
    const file = path.join(workspace, 'big.bin');
    writeFileSync(file, new Uint8Array(64));
    expect(await readFileWithinLimit(file, 63)).toEqual({ ok: false, error: OPEN_TOO_LARGE_ERROR });
    expect((await readFileWithinLimit(file, 64)).ok).toBe(true);
  });
});

describe('open folder', () => {
  it('takes no arguments', async () => {
    expect((await openFolder(appEvent, ['/etc'])).ok).toBe(false);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('returns null when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFolder(appEvent, [])).toEqual({ ok: true, value: null });
  });
});

describe('open external', () => {
  it('opens a web link', async () => {
    expect(await openExternal(appEvent, ['https://www.gov.uk/'])).toEqual({ ok: true, value: undefined });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it.each([['file:///etc/passwd'], ['javascript:alert(1)'], [{ url: 'https://www.gov.uk/' }], [42]])(
    'refuses %s',
    async (url) => {
      expect((await openExternal(appEvent, [url])).ok).toBe(false);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('about', () => {
  it('returns the name and versions', async () => {
    const result = await about(appEvent, []);
    expect(result.ok && result.value).toMatchObject({ name: 'Waymark', version: '0.1.0' });
    expect((await about(appEvent, ['x'])).ok).toBe(false);
  });
});
