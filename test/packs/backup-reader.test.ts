// Hostile workspace backups: each is refused with a reason, and nothing is returned to store.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, sha256OfBytes, writeBackupZip, type WorkspaceBackup } from '../../src/packs/backup-file';
import { readBackupZip } from '../../src/packs/backup-reader';
import { evidence, project } from '../app/backup/workspace-fixture';
import { handMap } from '../fixtures/compliance-map/hand-built-map';

const mapOf = (projectId: string, edit: (map: ReturnType<typeof handMap>) => void = () => undefined) => {
  const map = { ...handMap(), projectId };
  edit(map);
  return map;
};

const bytes = new Uint8Array([1, 2, 3, 4]);

async function goodBackup(): Promise<WorkspaceBackup> {
  return {
    manifest: { format: BACKUP_FORMAT, createdAt: '2026-12-01T00:00:00.000Z', appVersion: '0.1.0' },
    projects: [project('p1', 'Fishing licences')],
    projectTemplates: [],
    evidence: [{ ...evidence('e1', 'p1', 'Report'), source: { type: 'file', attachmentId: 'a1' } }],
    attachments: [
      {
        meta: {
          id: 'a1',
          projectId: 'p1',
          evidenceId: 'e1',
          name: 'report.pdf',
          mediaType: 'application/pdf',
          size: bytes.length,
          sha256: await sha256OfBytes(bytes),
          addedAt: '2026-12-01T00:00:00.000Z',
        },
        bytes,
      },
    ],
    packs: [],
    settings: [{ key: 'authorName', value: 'Alex Doe' }],
  };
}

/** The good backup's files with some replaced (text or bytes) or removed (null), zipped again. */
async function tampered(changes: Record<string, string | Uint8Array | null>): Promise<Uint8Array> {
  const files: Zippable = Object.fromEntries(
    Object.entries(unzipSync(writeBackupZip(await goodBackup()))).filter(([path]) => changes[path] !== null),
  );
  for (const [path, value] of Object.entries(changes))
    if (value !== null) files[path] = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return zipSync(files);
}

async function problems(file: Uint8Array): Promise<string> {
  const result = await readBackupZip(file);
  if (result.ok) throw new Error('the backup was accepted');
  return result.problems.map((p) => `${p.file} ${p.location} ${p.message}`).join('\n');
}

const projectJson = (extra: Record<string, unknown>) =>
  JSON.stringify([{ ...project('p1', 'Fishing licences'), ...extra }]);

describe('reading a workspace backup', () => {
  it('reads a good backup back to the same records', async () => {
    const good = await goodBackup();
    const result = await readBackupZip(writeBackupZip(good));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.backup).toEqual(good);
  });

  it('carries compliance maps and reads them back unchanged, the same bytes each time', async () => {
    const good = { ...(await goodBackup()), complianceMaps: [mapOf('p1')] };
    const written = writeBackupZip(good);
    expect(writeBackupZip(good)).toEqual(written);
    const result = await readBackupZip(written);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.backup.complianceMaps).toEqual(good.complianceMaps);
  });

  it('writes no map file when there are no maps, so older backups (without one) read as before', async () => {
    const good = await goodBackup();
    expect(writeBackupZip({ ...good, complianceMaps: [] })).toEqual(writeBackupZip(good));
    expect(Object.keys(unzipSync(writeBackupZip(good)))).not.toContain('compliance-maps.json');
  });

  it.each([
    [
      'a compliance map of a project not in the backup',
      () => tampered({ 'compliance-maps.json': JSON.stringify([mapOf('p9')]) }),
      'compliance-maps.json map-1.projectId the compliance map belongs to the project "p9"',
    ],
    [
      'a compliance map with a broken reference',
      () =>
        tampered({
          'compliance-maps.json': JSON.stringify([
            mapOf(
              'p1',
              (map) =>
                (map.exceptions = map.exceptions.map((e) => ({ ...e, waives: { type: 'link', linkId: 'gone' } }))),
            ),
          ]),
        }),
      'compliance-maps.json map-1 the compliance map is damaged: an exception sets aside a link that is not in the map',
    ],
    [
      'two compliance maps for one project',
      () => tampered({ 'compliance-maps.json': JSON.stringify([mapOf('p1'), mapOf('p1', (m) => (m.id = 'map-2'))]) }),
      'has more than one compliance map',
    ],
    [
      'a compliance map with too many processes',
      () =>
        tampered({
          'compliance-maps.json': JSON.stringify([
            mapOf('p1', (map) => {
              map.processes = Array.from({ length: 11 }, (_, i) => ({
                ...map.processes.slice(-1)[0],
                id: `p-${i}`,
                title: 'A process',
                side: 'other' as const,
                organisation: '',
                source: { type: 'manual' as const },
                steps: [],
              }));
              map.links = [];
              map.conflicts = [];
              map.exceptions = [];
            }),
          ]),
        }),
      'not as Waymark stores it',
    ],
    [
      'a compliance map that is not a map',
      () => tampered({ 'compliance-maps.json': '[{"id": "m"}]' }),
      'not as Waymark stores it',
    ],
  ])('refuses %s', async (_name, make, expected) => {
    expect(await problems(await make())).toContain(expected);
  });

  it.each([
    ['not a zip', async () => new TextEncoder().encode('hello'), 'not a zip file'],
    ['no manifest', () => tampered({ 'manifest.json': null }), 'not a Waymark workspace backup'],
    [
      'a newer format',
      () =>
        tampered({ 'manifest.json': JSON.stringify({ format: 'waymark-backup/3', createdAt: 'x', appVersion: '9' }) }),
      'newer version of Waymark (format waymark-backup/3)',
    ],
    ['malformed JSON', () => tampered({ 'projects.json': '[{"id": ' }), 'not valid JSON'],
    [
      'a wrong type',
      () => tampered({ 'projects.json': projectJson({ isExample: 'yes' }) }),
      'not as Waymark stores it',
    ],
    [
      'a missing field',
      () => tampered({ 'projects.json': projectJson({ name: undefined }) }),
      'not as Waymark stores it',
    ],
    [
      'a __proto__ key',
      () => tampered({ 'settings.json': '[{"key":"a","value":1,"__proto__":{"x":1}}]' }),
      '"__proto__"',
    ],
    ['deep nesting', () => tampered({ 'settings.json': `${'['.repeat(20)}${']'.repeat(20)}` }), 'nested more than'],
    ['invalid UTF-8', () => tampered({ 'evidence.json': new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]) }), 'not valid UTF-8'],
    [
      'a duplicate id',
      () => tampered({ 'projects.json': JSON.stringify([project('p1', 'A'), project('p1', 'B')]) }),
      'appears twice',
    ],
    [
      'a dangling reference',
      () => tampered({ 'projects.json': JSON.stringify([project('p2', 'Other')]) }),
      'not in the backup',
    ],
    ['a damaged attachment', () => tampered({ 'attachments/a1': new Uint8Array([9, 9, 9, 9]) }), 'checksum'],
    ['a missing attachment', () => tampered({ 'attachments/a1': null }), 'missing'],
    ['an unknown file', () => tampered({ 'script.js': 'alert(1)' }), 'not part of a Waymark backup'],
    ['a path outside', () => tampered({ '../evil.json': '[]' }), 'outside'],
    ['an absolute path', () => tampered({ '/etc/evil': '[]' }), 'absolute path'],
  ])('refuses %s', async (_name, make, expected) => {
    expect(await problems(await make())).toContain(expected);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024);
    const file = zipSync({ 'manifest.json': huge }, { level: 9 });
    expect(await problems(file)).toContain('possible zip bomb');
  });
});
