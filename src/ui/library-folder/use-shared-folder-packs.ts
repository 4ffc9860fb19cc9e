// The packs in the shared library folder as the Library shows them: read when the screen opens, read
// again when the folder changes (or when asked), validated, and compared with the installed packs
// whenever those change. Importing or updating one applies it as any other import.
import { useCallback, useEffect, useRef, useState } from 'react';
import { repositories, useActivePacks } from '../data';
import { currentPlatform } from '../../platform/current-platform';
import type { LibraryFolderSkipped } from '../../platform/platform';
import { useNotices } from '../state/notices';
import { planRow, problemRow, readCandidate, type ReadCandidate, type SharedPackRow } from './shared-pack-review';

export type SharedFolderScanState =
  | { phase: 'unsupported' }
  | { phase: 'loading' }
  | { phase: 'no-folder' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; folderName: string; reads: ReadCandidate[]; skipped: LibraryFolderSkipped[] };

export interface SharedFolderPacks {
  scan: SharedFolderScanState;
  /** The list, compared with what is installed; undefined until worked out. */
  rows: SharedPackRow[] | undefined;
  /** The source of the pack being imported, if any. */
  importing: string | null;
  refresh(): void;
  importRow(row: SharedPackRow): Promise<void>;
}

const READ_FAILED = 'Waymark could not read the shared folder. Please try again.';

/** Reads and watches the shared folder, and plans each pack against the installed ones. */
export function useSharedFolderPacks(): SharedFolderPacks {
  const platform = currentPlatform();
  const supported = platform.supportsLibraryFolder;
  const [scan, setScan] = useState<SharedFolderScanState>(supported ? { phase: 'loading' } : { phase: 'unsupported' });
  const [rows, setRows] = useState<SharedPackRow[] | undefined>(undefined);
  const [importing, setImporting] = useState<string | null>(null);
  const installed = useActivePacks();
  /** Counts reads, so that an older read finishing late never replaces a newer one. */
  const generation = useRef(0);

  const refresh = useCallback(() => {
    if (!supported) return;
    const mine = ++generation.current;
    platform.readLibraryFolder().then(
      (value) => {
        if (mine !== generation.current) return;
        if (value === null) setScan({ phase: 'no-folder' });
        else
          setScan({
            phase: 'ready',
            folderName: value.name,
            reads: value.packs.map(readCandidate),
            skipped: value.skipped,
          });
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setScan({ phase: 'error', message: error instanceof Error && error.message ? error.message : READ_FAILED });
      },
    );
  }, [platform, supported]);

  useEffect(() => {
    if (!supported) return undefined;
    refresh();
    const unsubscribe = platform.onLibraryFolderChanged(refresh);
    return () => {
      unsubscribe();
      // A read still on its way belongs to a screen that has gone.
      generation.current += 1;
    };
  }, [platform, supported, refresh]);

  useEffect(() => {
    if (scan.phase !== 'ready' || installed === undefined) return undefined;
    let live = true;
    void Promise.all(
      scan.reads.map(async (read) => {
        if (!read.result.ok) return problemRow(read, read.result.problems);
        const prepared = await repositories().packs.prepareImport(read.result.pack, read.result.files);
        return planRow(
          read,
          read.result.pack,
          read.result.files,
          prepared.plan,
          prepared.replacesBuiltIn?.publisher ?? null,
        );
      }),
    ).then(
      (planned) => live && setRows(planned),
      () =>
        live &&
        setRows(
          scan.reads.map((read) =>
            problemRow(read, [
              { file: '', location: '', message: 'Waymark could not compare this pack with the installed packs' },
            ]),
          ),
        ),
    );
    return () => {
      live = false;
    };
  }, [scan, installed]);

  const importRow = useCallback(async (row: SharedPackRow) => {
    if (!row.importable) return;
    const { pack, files } = row.importable;
    setImporting(row.source);
    try {
      const packs = repositories().packs;
      const prepared = await packs.prepareImport(pack, files);
      if (prepared.plan.action !== 'install' && prepared.plan.action !== 'upgrade') {
        useNotices.getState().show({ kind: 'info', message: prepared.plan.summary });
        return;
      }
      await packs.applyImport(prepared, 'imported');
      const message =
        prepared.plan.action === 'upgrade'
          ? `${pack.manifest.name} updated to version ${pack.manifest.version}.`
          : `${pack.manifest.name} ${pack.manifest.version} imported.`;
      useNotices.getState().show({ kind: 'success', message });
    } catch (error) {
      useNotices.getState().show({
        kind: 'error',
        message:
          error instanceof Error && error.message
            ? error.message
            : 'The pack could not be imported. Nothing was changed.',
      });
    } finally {
      setImporting(null);
    }
  }, []);

  return { scan, rows: scan.phase === 'ready' ? rows : undefined, importing, refresh, importRow };
}
