// Automatic backups on the desktop: the renderer sends the backup's bytes only; this module names the
// file after the day, writes it into the backup folder (default: "Backups" in the app's user-data folder,
// changed only through the folder dialog shown here), keeps the newest AUTO_BACKUP_KEEP and lists them.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { z } from 'zod';
import { writeFileAtomically } from '../../src/node/atomic-write';
import { AUTO_BACKUP_KEEP, type AutoBackupState } from '../../src/contract/bridge';
import { failure, mainHandler } from './trusted-sender';

const FOLDER_FILE = 'auto-backup-folder.json';
// Automatic backups have a name of their own, so that a folder also holding backups saved by hand
// ("waymark-workspace-backup-…") never has those replaced or removed by the rotation.
const NAME = /^waymark-auto-backup-\d{4}-\d{2}-\d{2}\.zip$/;
/** Largest backup accepted from the renderer. */
export const AUTO_BACKUP_MAX_BYTES = 512 * 1024 * 1024;
export const AUTO_BACKUP_WRITE_ERROR =
  'Waymark could not write the automatic backup into its folder. Check that the folder still exists and has space, or choose another folder.';
export const AUTO_BACKUP_INVALID_ERROR = 'Waymark could not write this backup because it was not valid.';

const storedSchema = z.strictObject({
  version: z.literal(1),
  path: z
    .string()
    .min(1)
    .max(4096)
    .refine((value) => path.isAbsolute(value) && !value.includes('\0')),
});

function defaultFolder(): string {
  return path.join(app.getPath('userData'), 'Backups');
}

async function chosenFolder(): Promise<string | null> {
  try {
    const text = await readFile(path.join(app.getPath('userData'), FOLDER_FILE), 'utf8');
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.path : null;
  } catch {
    return null;
  }
}

async function folder(): Promise<{ folder: string; isDefault: boolean }> {
  const chosen = await chosenFolder();
  return chosen ? { folder: chosen, isDefault: false } : { folder: defaultFolder(), isDefault: true };
}

/** The automatic backups in a folder, newest first (by the day in their names, which sort as dates). */
export async function listBackups(where: string): Promise<AutoBackupState['files']> {
  let names: string[];
  try {
    names = (await readdir(where)).filter((name) => NAME.test(name));
  } catch {
    return [];
  }
  names.sort().reverse();
  const files: AutoBackupState['files'] = [];
  for (const name of names) {
    const info = await stat(path.join(where, name));
    if (info.isFile()) files.push({ name, size: info.size, savedAt: info.mtime.toISOString() });
  }
  return files;
}

async function state(): Promise<AutoBackupState> {
  const where = await folder();
  return { ...where, files: await listBackups(where.folder) };
}

/** Writes one backup for `day` (via a temporary file) and removes all but the newest `keep`. */
export async function writeRollingBackup(
  where: string,
  bytes: Uint8Array,
  day: Date,
  keep = AUTO_BACKUP_KEEP,
): Promise<void> {
  await mkdir(where, { recursive: true });
  const target = path.join(where, `waymark-auto-backup-${day.toISOString().slice(0, 10)}.zip`);
  await writeFileAtomically(target, bytes);
  const files = await listBackups(where);
  for (const old of files.slice(keep)) await rm(path.join(where, old.name), { force: true });
}

export const autoBackupState = mainHandler('autoBackupState', async (_event, args) => {
  if (args.length !== 0) return failure(AUTO_BACKUP_INVALID_ERROR);
  return { ok: true, value: await state() };
});

export const writeAutoBackup = mainHandler('writeAutoBackup', async (_event, args) => {
  const bytes = args[0];
  if (args.length !== 1 || !(bytes instanceof Uint8Array) || bytes.byteLength === 0)
    return failure(AUTO_BACKUP_INVALID_ERROR);
  if (bytes.byteLength > AUTO_BACKUP_MAX_BYTES) return failure(AUTO_BACKUP_INVALID_ERROR);
  const where = await folder();
  try {
    await writeRollingBackup(where.folder, bytes, new Date());
  } catch {
    return failure(AUTO_BACKUP_WRITE_ERROR);
  }
  return { ok: true, value: await state() };
});

export const chooseAutoBackupFolder = mainHandler('chooseAutoBackupFolder', async (event, args) => {
  if (args.length !== 0) return failure(AUTO_BACKUP_INVALID_ERROR);
  const options = {
    title: 'Choose a folder for automatic backups',
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const chosen = choice.filePaths[0];
  if (choice.canceled || chosen === undefined) return { ok: true, value: null };
  const record = path.join(app.getPath('userData'), FOLDER_FILE);
  await writeFile(`${record}.tmp`, `${JSON.stringify({ version: 1, path: chosen })}\n`, 'utf8');
  await rename(`${record}.tmp`, record);
  return { ok: true, value: await state() };
});
