// Automatic backups: the renderer sends bytes only; main names the file, writes it into its folder,
// keeps the newest seven, and changes the folder only through its own dialog.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS as AUTO_BACKUP_CHANNELS, type AutoBackupState, type Result } from '../../src/contract/bridge';

const userData = mkdtempSync(path.join(tmpdir(), 'waymark-auto-backup-'));

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '') },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showOpenDialog: vi.fn<(options: unknown) => Promise<{ canceled: boolean; filePaths: string[] }>>() },
}));
vi.mock('electron', () => electron);

import {
  AUTO_BACKUP_INVALID_ERROR,
  autoBackupState,
  chooseAutoBackupFolder,
  writeAutoBackup,
  writeRollingBackup,
} from '../../electron/ipc/auto-backup';
import { FOREIGN_SENDER_ERROR, registerHandlers } from '../../electron/ipc/trusted-sender';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<AutoBackupState | null>>;
const handlers = new Map<string, Handler>();
const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
registerHandlers(ipcMain as unknown as IpcMain, { autoBackupState, writeAutoBackup, chooseAutoBackupFolder }, [
  'autoBackupState',
  'writeAutoBackup',
  'chooseAutoBackupFolder',
]);

function eventFrom(url: string): IpcMainInvokeEvent {
  // Only senderFrame and sender are read; the rest of the event needs a running app.
  return { senderFrame: { url }, sender: {} } as unknown as IpcMainInvokeEvent;
}
const appEvent = eventFrom('app://waymark/index.html#/settings');

async function call(channel: string, ...args: unknown[]): Promise<Result<AutoBackupState | null>> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return handler(appEvent, ...args);
}

afterAll(() => rmSync(userData, { recursive: true, force: true }));
beforeEach(() => {
  vi.clearAllMocks();
  electron.app.getPath.mockReturnValue(userData);
});

describe('automatic backups', () => {
  it('keeps only the newest seven, one per day, replacing an earlier one of the same day', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'waymark-rolling-'));
    writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');
    for (let day = 1; day <= 9; day += 1)
      await writeRollingBackup(folder, new Uint8Array([day]), new Date(Date.UTC(2026, 10, day)));
    await writeRollingBackup(folder, new Uint8Array([99]), new Date(Date.UTC(2026, 10, 9, 18)));
    const names = readdirSync(folder).sort();
    expect(names).toEqual(['notes.txt', ...[3, 4, 5, 6, 7, 8, 9].map((d) => `waymark-auto-backup-2026-11-0${d}.zip`)]);
    expect([...readFileSync(path.join(folder, 'waymark-auto-backup-2026-11-09.zip'))]).toEqual([99]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes into the default folder in the user-data folder and lists what is there', async () => {
    const result = await call(AUTO_BACKUP_CHANNELS.writeAutoBackup, new Uint8Array([1, 2, 3]));
    if (!result.ok || !result.value) throw new Error('write failed');
    expect(result.value.folder).toBe(path.join(userData, 'Backups'));
    expect(result.value.isDefault).toBe(true);
    expect(result.value.files).toHaveLength(1);
    expect(result.value.files[0]?.name).toMatch(/^waymark-auto-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  });

  it('refuses anything but bytes, a path included, and foreign senders', async () => {
    expect(await call(AUTO_BACKUP_CHANNELS.writeAutoBackup, '/etc/passwd')).toEqual({
      ok: false,
      error: AUTO_BACKUP_INVALID_ERROR,
    });
    expect(await call(AUTO_BACKUP_CHANNELS.writeAutoBackup, new Uint8Array([1]), '/tmp/elsewhere')).toEqual({
      ok: false,
      error: AUTO_BACKUP_INVALID_ERROR,
    });
    const handler = handlers.get(AUTO_BACKUP_CHANNELS.writeAutoBackup);
    expect(await handler?.(eventFrom('https://evil.example/'), new Uint8Array([1]))).toEqual({
      ok: false,
      error: FOREIGN_SENDER_ERROR,
    });
  });

  it('changes the folder only through its dialog, and writes there afterwards', async () => {
    const chosen = mkdtempSync(path.join(tmpdir(), 'waymark-chosen-'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call(AUTO_BACKUP_CHANNELS.chooseAutoBackupFolder)).toEqual({ ok: true, value: null });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const picked = await call(AUTO_BACKUP_CHANNELS.chooseAutoBackupFolder);
    expect(picked.ok && picked.value?.folder).toBe(chosen);
    await call(AUTO_BACKUP_CHANNELS.writeAutoBackup, new Uint8Array([7]));
    expect(readdirSync(chosen)).toHaveLength(1);
    expect(existsSync(path.join(userData, 'auto-backup-folder.json'))).toBe(true);
    rmSync(chosen, { recursive: true, force: true });
  });
});
