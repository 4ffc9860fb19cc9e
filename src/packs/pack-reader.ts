// Reads and validates a whole template pack from its files, wherever they came from: a folder on disk (the CLI,
// the desktop app), a folder picked in the browser, or a zip. Pure: no file system, no network, nothing written.
import type { Pack, PackManifest, PackProblem, TemplateKind } from '../domain/pack';
import { PACK_LIMITS } from '../domain/pack-limits';
import { checkPackConsistency, type CheckedTemplate } from './pack-checks';
import { checkPackEntries, type PackEntry } from './pack-entries';
import { readCsvProcess, readGuide, readManifest, readYamlTemplate } from './pack-files';
import { PackProblems } from './pack-problems';
import { readPackZip } from './pack-zip';

/** The outcome of reading a pack: a typed pack and its files, or the problems that stop it being used. */
export type PackReadResult =
  | { ok: true; pack: Pack; files: PackEntry[]; problems: [] }
  | { ok: false; pack: null; files: PackEntry[]; problems: PackProblem[] };

/** Files at the top of a pack that are for people and are not read: README, licence, changelog, notice. */
const DOCUMENT_FILE = /^(readme|licen[cs]e|copying|changelog|notice|contributing)(\.(md|txt))?$/i;

const YAML_FOLDERS: Record<string, readonly TemplateKind[]> = {
  standards: ['standard', 'maturity-model'],
  'business-cases': ['business-case'],
  processes: ['process'],
  crosswalks: ['crosswalk'],
};

type Role =
  | { kind: 'manifest' }
  | { kind: 'document' }
  | { kind: 'yaml'; kinds: readonly TemplateKind[] }
  | { kind: 'csv' }
  | { kind: 'csv-meta' }
  | { kind: 'guide' }
  | { kind: 'unknown'; message: string };

function roleOf(path: string): Role {
  if (path === 'pack.yaml') return { kind: 'manifest' };
  const parts = path.split('/');
  if (parts.length === 1)
    return DOCUMENT_FILE.test(path)
      ? { kind: 'document' }
      : {
          kind: 'unknown',
          message:
            'the file is not part of the pack format; the top of a pack holds pack.yaml, a README and template folders',
        };
  const [folder, name = ''] = parts;
  if (parts.length > 2) return { kind: 'unknown', message: 'template folders may not have folders inside them' };
  if (name.endsWith('.yml')) return { kind: 'unknown', message: 'YAML files in a pack end in .yaml; rename the file' };
  if (folder === 'processes' && name.endsWith('.meta.yaml')) return { kind: 'csv-meta' };
  if (folder === 'processes' && name.endsWith('.csv')) return { kind: 'csv' };
  const kinds = folder === undefined ? undefined : YAML_FOLDERS[folder];
  if (kinds && name.endsWith('.yaml')) return { kind: 'yaml', kinds };
  if (folder === 'guides' && name.endsWith('.md')) return { kind: 'guide' };
  return {
    kind: 'unknown',
    message:
      'the file is not part of the pack format: templates go in standards/, business-cases/, processes/ or crosswalks/ as .yaml (processes also as .csv), and guides in guides/ as .md',
  };
}

/**
 * Reads a pack from its files. `earlier` holds problems already found while collecting the files (links on
 * disk, unreadable files); they make the result fail but the rest of the pack is still checked, so that
 * every problem is reported at once. Templates come back in path order.
 */
export function readPackEntries(input: readonly PackEntry[], earlier: readonly PackProblem[] = []): PackReadResult {
  const problems = new PackProblems();
  for (const problem of earlier) problems.add(problem.file, problem.location, problem.message);
  const files = checkPackEntries(input, problems);
  const roles = files.map((entry) => ({ entry, role: roleOf(entry.path) }));
  const manifestEntry = files.find((entry) => entry.path === 'pack.yaml');
  let manifest: PackManifest | undefined;
  if (manifestEntry) manifest = readManifest(manifestEntry, problems);
  else if (files.length > 0 || problems.count === 0)
    problems.add('pack.yaml', '', 'the pack has no pack.yaml; every pack needs this manifest at its top');

  const templates: CheckedTemplate[] = [];
  const unreadable = new Set<string>();
  const csvPaths = new Set(files.filter((entry) => entry.path.endsWith('.csv')).map((entry) => entry.path));
  let count = 0;
  for (const { entry, role } of roles) {
    if (role.kind === 'manifest' || role.kind === 'document') continue;
    if (role.kind === 'unknown') {
      problems.add(entry.path, '', role.message);
      continue;
    }
    if (role.kind === 'csv-meta') {
      if (!csvPaths.has(entry.path.replace(/\.meta\.yaml$/, '.csv')))
        problems.add(
          entry.path,
          '',
          `there is no ${entry.path.replace(/\.meta\.yaml$/, '.csv')} for these process details to describe`,
        );
      continue;
    }
    count += 1;
    if (count > PACK_LIMITS.maxTemplates) {
      problems.add('', '', `the pack has more than ${PACK_LIMITS.maxTemplates} templates`);
      break;
    }
    let read: CheckedTemplate | undefined;
    if (role.kind === 'yaml') read = readYamlTemplate(entry, role.kinds, problems);
    else if (role.kind === 'guide') read = readGuide(entry, problems);
    else {
      const meta = files.find((other) => other.path === entry.path.replace(/\.csv$/, '.meta.yaml'));
      read = readCsvProcess(entry, meta, manifest?.version ?? '0.0.0', problems);
    }
    if (read) templates.push(read);
    else unreadable.add(entry.path.slice(entry.path.lastIndexOf('/') + 1).replace(/\.(yaml|csv|md)$/, ''));
  }
  if (problems.count === 0 && templates.length === 0) problems.add('', '', 'the pack has no templates');
  checkPackConsistency(manifest, templates, unreadable, problems);
  if (problems.count > 0 || !manifest) return { ok: false, pack: null, files, problems: problems.list() };
  return { ok: true, pack: { manifest, templates: templates.map((entry) => entry.template) }, files, problems: [] };
}

/** Reads a pack from the bytes of a zip file: the zip is checked and inflated safely, then read like a folder. */
export function readPackZipBytes(bytes: Uint8Array): PackReadResult {
  const problems = new PackProblems();
  const entries = readPackZip(bytes, problems);
  return readPackEntries(entries, problems.list());
}

/** True when the bytes start like a zip file (the CLI uses this to tell a zip from other files). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}
