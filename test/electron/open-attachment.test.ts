// Opening an attached file on the desktop: checked arguments, nothing runnable, a private read-only copy.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../src/contract/bridge';
import { EVIDENCE_LIMITS } from '../../src/domain/evidence';

const temp = mkdtempSync(path.join(tmpdir(), 'waymark-open-attachment-'));

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => ''), once: vi.fn() },
  shell: { openPath: vi.fn<(file: string) => Promise<string>>() },
}));
vi.mock('electron', () => electron);

import {
  ATTACHMENT_FAILED_ERROR,
  ATTACHMENT_INVALID_ERROR,
  openAttachment,
  resetAttachmentsFolder,
} from '../../electron/ipc/open-attachment';
import { guardHandler, FOREIGN_SENDER_ERROR } from '../../electron/ipc/trusted-sender';

function eventFrom(url: string): IpcMainInvokeEvent {
  // Only senderFrame is read by the sender check; the rest of the event needs a running app.
  return { senderFrame: { url }, sender: {} } as unknown as IpcMainInvokeEvent;
}
const appEvent = eventFrom('app://waymark/index.html#/projects/p1/evidence');
const pdf = { name: 'findings.pdf', mediaType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7') };

afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeEach(() => {
  vi.clearAllMocks();
  resetAttachmentsFolder();
  electron.app.getPath.mockReturnValue(temp);
  electron.shell.openPath.mockResolvedValue('');
});

describe('open attachment', () => {
  it('writes a read-only copy in a private folder and opens it with the system viewer', async () => {
    expect(await openAttachment(appEvent, [pdf])).toEqual({ ok: true, value: undefined });
    expect(electron.shell.openPath).toHaveBeenCalledOnce();
    const opened = electron.shell.openPath.mock.calls[0]?.[0] ?? '';
    expect(path.basename(opened)).toBe('findings.pdf');
    expect(opened.startsWith(path.join(temp, 'waymark-attachments-'))).toBe(true);
    expect(readFileSync(opened)).toEqual(Buffer.from(pdf.bytes));
    if (process.platform !== 'win32') {
      expect(statSync(opened).mode & 0o777).toBe(0o400);
      expect(statSync(path.dirname(path.dirname(opened))).mode & 0o077).toBe(0);
    }
    expect(electron.app.once).toHaveBeenCalledWith('will-quit', expect.any(Function));
  });

  it('keeps two files of the same name apart', async () => {
    await openAttachment(appEvent, [pdf]);
    await openAttachment(appEvent, [{ ...pdf, bytes: new Uint8Array([2]) }]);
    const [first, second] = electron.shell.openPath.mock.calls.map((call) => call[0]);
    expect(first).not.toBe(second);
    expect(readFileSync(second ?? '')).toEqual(Buffer.from([2]));
  });

  it.each([
    ['a program', 'setup.exe', 'application/octet-stream', 'is a .exe file'],
    ['a script', 'tidy.ps1', 'text/plain', 'is a .ps1 file'],
    ['a shortcut', 'report.lnk', '', 'is a .lnk file'],
    ['an installer', 'update.msi', '', 'is a .msi file'],
    ['a web page', 'notes.html', 'text/html', 'is a .html file'],
    ['a web page by media type', 'notes.txt', 'text/html', 'is marked as text/html'],
    ['a name with trailing dots', 'report.bat..', 'text/plain', 'is a .bat file'],
  ])('refuses %s and offers to save it instead', async (_what, name, mediaType, reason) => {
    const result = await openAttachment(appEvent, [{ name, mediaType, bytes: new Uint8Array([77, 90]) }]);
    expect(result).toEqual({
      ok: false,
      error: `Waymark will not open ${name} because it ${reason}, which the computer could run as a program or script. Save a copy instead, and open it only if you trust it.`,
    });
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['two arguments', [pdf, pdf]],
    ['a path in the name', [{ ...pdf, name: '../../.bashrc.pdf' }]],
    ['a Windows path in the name', [{ ...pdf, name: 'C:\\Users\\x.pdf' }]],
    ['text instead of bytes', [{ ...pdf, bytes: 'hello' }]],
    ['an extra field', [{ ...pdf, path: '/etc/passwd' }]],
    ['a control character in the media type', [{ ...pdf, mediaType: 'application/pdf\n' }]],
    ['bytes over the limit', [{ ...pdf, bytes: new Uint8Array(EVIDENCE_LIMITS.attachmentBytes + 1) }]],
    ['not an object', ['findings.pdf']],
  ])('refuses %s', async (_what, args) => {
    expect(await openAttachment(appEvent, args)).toEqual({ ok: false, error: ATTACHMENT_INVALID_ERROR });
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it('says so when the computer has no viewer for the file', async () => {
    electron.shell.openPath.mockResolvedValue('No application is associated with the specified file');
    expect(await openAttachment(appEvent, [pdf])).toEqual({ ok: false, error: ATTACHMENT_FAILED_ERROR });
  });

  it('refuses a page that is not Waymark before anything is written', async () => {
    const guarded = guardHandler(openAttachment);
    expect(await guarded(eventFrom('https://evil.example/'), pdf)).toEqual({ ok: false, error: FOREIGN_SENDER_ERROR });
    expect(electron.shell.openPath).not.toHaveBeenCalled();
    expect(CHANNELS.openAttachment).toBe('waymark:open-attachment');
  });
});
