// What each candidate pack in the shared library folder is, compared with what is installed: new, a
// newer version, up to date, older, the same version with different content, or not usable because of
// problems. Validation uses the same reader as any import; the plan comes from the packs repository.
import type { PackImportPlan } from '../../domain/pack-import-plan';
import { formatPackProblem, type Pack, type PackProblem } from '../../domain/pack';
import type { PackEntry } from '../../packs/pack-entries';
import { looksLikeZip, readPackEntries, readPackZipBytes, type PackReadResult } from '../../packs/pack-reader';
import type { LibraryFolderCandidate } from '../../platform/platform';

/** How a candidate pack stands against the installed packs. */
export type SharedPackStatus = 'new' | 'newer' | 'up-to-date' | 'older' | 'clash' | 'problems';

export const SHARED_PACK_STATUS_LABELS: Record<SharedPackStatus, string> = {
  new: 'New',
  newer: 'Newer version available',
  'up-to-date': 'Up to date',
  older: 'Older than installed',
  clash: 'Same version but different content (cannot import)',
  problems: 'Has problems',
};

/** How many problems are listed for a pack before the rest are only counted. */
export const PROBLEMS_SHOWN = 3;

/** A candidate pack read and validated, before it is compared with what is installed. */
export interface ReadCandidate {
  /** The sub-folder or zip file name, unique in the folder. */
  source: string;
  kind: LibraryFolderCandidate['kind'];
  result: PackReadResult;
}

/** One line of the shared folder's list. */
export interface SharedPackRow {
  source: string;
  kind: LibraryFolderCandidate['kind'];
  /** The pack's name from its manifest, or the source name when it could not be read. */
  name: string;
  version: string | null;
  installedVersion: string | null;
  status: SharedPackStatus;
  /** The first few problems, each one line, and how many there are in all. */
  problems: string[];
  problemCount: number;
  /** Present when the pack can be imported or updated. */
  importable: { pack: Pack; files: PackEntry[]; action: 'install' | 'upgrade' } | null;
  /** The publisher of the pack that comes with Waymark which importing this one would replace. */
  replacesBuiltInFrom: string | null;
}

const NOT_A_ZIP: PackProblem = {
  file: '',
  location: '',
  message: 'the file is not a zip file, although its name ends in .zip',
};

/** Validates one candidate with the pack reader (a zip is checked before it is opened). */
export function readCandidate(candidate: LibraryFolderCandidate): ReadCandidate {
  let result: PackReadResult;
  if (candidate.kind === 'folder') result = readPackEntries(candidate.files);
  else if (looksLikeZip(candidate.bytes)) result = readPackZipBytes(candidate.bytes);
  else result = { ok: false, pack: null, files: [], problems: [NOT_A_ZIP] };
  return { source: candidate.name, kind: candidate.kind, result };
}

/** The status shown for an import plan. */
export function statusOfPlan(plan: PackImportPlan): SharedPackStatus {
  switch (plan.status) {
    case 'new':
      return 'new';
    case 'newer-version':
      return 'newer';
    case 'same-version':
      return 'up-to-date';
    case 'older-version':
      return 'older';
    case 'id-clash':
      return 'clash';
  }
}

/** The row for a pack that could not be read: its first problems in plain words. */
export function problemRow(read: ReadCandidate, problems: readonly PackProblem[]): SharedPackRow {
  return {
    source: read.source,
    kind: read.kind,
    name: read.source,
    version: null,
    installedVersion: null,
    status: 'problems',
    problems: problems.slice(0, PROBLEMS_SHOWN).map(formatPackProblem),
    problemCount: problems.length,
    importable: null,
    replacesBuiltInFrom: null,
  };
}

/** The row for a valid pack, given what importing it would do. */
export function planRow(
  read: ReadCandidate,
  pack: Pack,
  files: PackEntry[],
  plan: PackImportPlan,
  replacesBuiltInFrom: string | null = null,
): SharedPackRow {
  const status = statusOfPlan(plan);
  const action = plan.action === 'install' || plan.action === 'upgrade' ? plan.action : null;
  return {
    source: read.source,
    kind: read.kind,
    name: pack.manifest.name,
    version: pack.manifest.version,
    installedVersion: plan.installedVersion,
    status,
    problems: [],
    problemCount: 0,
    importable: action ? { pack, files, action } : null,
    replacesBuiltInFrom,
  };
}

/** "3 problems", "1 problem". */
export function problemCountText(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'problem' : 'problems'}`;
}

/** Where a pack came from, as people read it: "the folder x" or "the zip file x.zip". */
export function sourceText(row: Pick<SharedPackRow, 'kind' | 'source'>): string {
  return row.kind === 'zip' ? `the zip file ${row.source}` : `the folder ${row.source}`;
}
