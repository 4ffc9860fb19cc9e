// Bringing processes into a map from CSV and Excel files, and taking the map out as Word and CSV, through
// the use cases against a real (fake-indexeddb) database.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { changeMap, startMap } from '../../../src/app/compliance-map/map-actions';
import {
  downloadMapConflicts,
  downloadMapDocument,
  downloadMapLinks,
  type MapDownloadDeps,
} from '../../../src/app/compliance-map/map-downloads';
import {
  addFileProcessToMap,
  chooseProcessFile,
  readProcessForMap,
} from '../../../src/app/compliance-map/process-file-import';
import { addLinksFromFile, chooseLinksFile, readLinksForMap } from '../../../src/app/compliance-map/links-file-import';
import { complianceMapRepository } from '../../../src/db/compliance-map-repository';
import type { WaymarkDatabase } from '../../../src/db/database';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import { addLink, emptyLinkDraft } from '../../../src/domain/compliance-map/map-edit-links';
import type { ComplianceMap } from '../../../src/domain/compliance-map/map-model';
import { emptyDraft } from '../../../src/domain/project';
import { runExport } from '../../../src/export/export-request';
import { freshDatabase } from '../../db/test-database';

const FIXTURES = 'test/fixtures/processes';
const open: WaymarkDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function fixture(name: string) {
  return { name, bytes: new Uint8Array(await readFile(`${FIXTURES}/${name}`)) };
}

async function setup() {
  const db = freshDatabase();
  open.push(db);
  const clock = () => new Date('2026-12-01T10:00:00.000Z');
  const repos = {
    complianceMaps: complianceMapRepository(db, clock),
    packs: packsRepository(db),
    settings: settingsRepository(db),
    projects: projectsRepository(db, clock),
    evidence: evidenceRepository(db, clock),
  };
  await repos.settings.set('authorName', 'Priya Shah');
  const project = await repos.projects.create({
    ...emptyDraft(),
    name: 'Register a boat',
    department: 'Department for Waterways',
    owner: 'Sam Okafor',
  });
  const map = await startMap(repos, project.id, [], clock);
  return { repos, project, map, clock };
}

async function addFile(
  repos: Awaited<ReturnType<typeof setup>>['repos'],
  projectId: string,
  map: ComplianceMap,
  name: string,
  side: 'central' | 'departmental' | 'other',
): Promise<ComplianceMap> {
  const reading = await readProcessForMap(map, await fixture(name), side);
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  const outcome = await addFileProcessToMap(repos, {
    projectId,
    expectedUpdatedAt: map.updatedAt,
    process: reading.process,
    side,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.map;
}

describe('adding processes from files', () => {
  it('adds two CSV processes and the same process from Excel, each with an id of its own', async () => {
    const { repos, project, map } = await setup();
    let current = await addFile(repos, project.id, map, 'central.csv', 'central');
    current = await addFile(repos, project.id, current, 'department.csv', 'departmental');
    await addFile(repos, project.id, current, 'department.xlsx', 'other');
    const stored = await repos.complianceMaps.get(project.id);
    expect(stored?.processes.map((p) => [p.id, p.side, p.source.type === 'file' ? p.source.fileName : ''])).toEqual([
      ['central', 'central', 'central.csv'],
      ['department', 'departmental', 'department.csv'],
      ['department-2', 'other', 'department.xlsx'],
    ]);
    expect(stored?.processes.map((p) => p.title)).toEqual(['Central', 'Department', 'Department (department.xlsx)']);
    const [, csv, xlsx] = stored?.processes ?? [];
    expect(csv?.steps.length).toBe(19);
    // The workbook holds the same steps as the CSV file.
    expect(xlsx?.steps).toEqual(csv?.steps);
  });

  it('lists every problem of a bad file by row, and nothing can be added from it', async () => {
    const { repos, project, map } = await setup();
    const reading = await readProcessForMap(map, await fixture('bad-steps.csv'), 'departmental');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.fileName).toBe('bad-steps.csv');
    expect(reading.problems.length).toBeGreaterThanOrEqual(4);
    for (const row of ['Row 2', 'Row 3', 'Row 4']) expect(reading.problems.join('\n')).toContain(row);
    expect(reading.problems.join('\n')).toMatch(/"ten"/);
    expect((await repos.complianceMaps.get(project.id))?.processes).toEqual([]);
  });

  it('chooses the file through the platform, and reads nothing when the person cancels', async () => {
    const { map } = await setup();
    expect(await chooseProcessFile({ openFile: async () => null }, map, 'central')).toBeNull();
    const file = await fixture('central.csv');
    const reading = await chooseProcessFile({ openFile: async () => file }, map, 'central');
    expect(reading?.ok && reading.process.title).toBe('Central');
  });

  it('refuses to add onto a map changed meanwhile', async () => {
    const { repos, project, map } = await setup();
    const reading = await readProcessForMap(map, await fixture('central.csv'), 'central');
    if (!reading.ok) throw new Error('central.csv is right');
    await addFile(repos, project.id, map, 'department.csv', 'departmental');
    await expect(
      addFileProcessToMap(repos, {
        projectId: project.id,
        expectedUpdatedAt: map.updatedAt,
        process: reading.process,
        side: 'central',
      }),
    ).rejects.toThrow();
    expect((await repos.complianceMaps.get(project.id))?.processes.map((p) => p.id)).toEqual(['department']);
  });
});

describe('downloading the map', () => {
  async function withLinks() {
    const context = await setup();
    const { repos, project } = context;
    let map = await addFile(repos, project.id, context.map, 'central.csv', 'central');
    map = await addFile(repos, project.id, map, 'department.csv', 'departmental');
    const outcome = await changeMap(repos, {
      projectId: project.id,
      expectedUpdatedAt: map.updatedAt,
      change: (m, edit) =>
        addLink(
          m,
          {
            ...emptyLinkDraft(),
            from: { processId: 'central', stepId: 'alpha-assessment' },
            to: { processId: 'department', stepId: 'architecture-design-sign-off' },
            relation: 'conflicts-with',
            reason: 'One builds to learn, the other wants the design first',
          },
          edit,
        ),
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const deps: MapDownloadDeps = {
      repos,
      platform: {
        saveFile: async (name, bytes) => {
          saved.push({ name, bytes });
          return { saved: true, fileName: name };
        },
      },
      exporter: (request) => runExport(request),
      clock: context.clock,
    };
    return { ...context, deps, saved };
  }

  it('saves the Word document as the project\u2019s, with the person as author and the marking', async () => {
    const { deps, saved, project, repos } = await withLinks();
    await repos.settings.set('defaultMarking', 'OFFICIAL-SENSITIVE');
    const outcome = await downloadMapDocument(deps, project.id);
    expect(outcome.saved).toBe(true);
    const [file] = saved;
    expect(file?.name).toMatch(/^Register a boat.*compliance map.*\.docx$/);
    const parts = unzipSync(file?.bytes ?? new Uint8Array());
    const body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    for (const words of [
      'Register a boat: compliance map',
      'Department for Waterways',
      'Sam Okafor',
      'The processes in full',
      'Enterprise architecture board: solution design sign-off',
      'One builds to learn, the other wants the design first',
    ])
      expect(body.includes(words), words).toBe(true);
    expect(core).toContain('Priya Shah');
    expect(core).not.toContain('Waymark');
    const header = Object.entries(parts)
      .filter(([name]) => name.startsWith('word/header'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
    expect(header).toContain('OFFICIAL-SENSITIVE');
  });

  it('saves the links and the conflicts as CSV named after the project', async () => {
    const { deps, saved, project } = await withLinks();
    await downloadMapLinks(deps, project.id);
    await downloadMapConflicts(deps, project.id);
    expect(saved.map((s) => s.name)).toEqual([
      'Register a boat - compliance map links.csv',
      'Register a boat - compliance map conflicts.csv',
    ]);
    const [links, conflicts] = saved.map((s) => new TextDecoder().decode(s.bytes));
    expect(links?.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(links).toContain('conflicts-with');
    expect(conflicts).toContain('One builds to learn, the other wants the design first');
  });

  it('says plainly when there is no map to download', async () => {
    const { deps, repos } = await withLinks();
    const other = await repos.projects.create({ ...emptyDraft(), name: 'No map here' });
    await expect(downloadMapLinks(deps, other.id)).rejects.toThrow('This project has no compliance map yet');
  });
});

describe('adding links from a file', () => {
  async function twoProcesses() {
    const context = await setup();
    let map = await addFile(context.repos, context.project.id, context.map, 'central.csv', 'central');
    map = await addFile(context.repos, context.project.id, map, 'department.csv', 'departmental');
    return { ...context, map };
  }

  it('adds every link of a right file between the two processes chosen, recording who added them', async () => {
    const { repos, project, map } = await twoProcesses();
    const reading = await chooseLinksFile({ openFile: async () => fixture('links.csv') }, map, {
      first: 'central',
      second: 'department',
    });
    if (!reading?.ok) throw new Error(reading ? reading.problems.join('\n') : 'cancelled');
    const outcome = await addLinksFromFile(repos, {
      projectId: project.id,
      expectedUpdatedAt: map.updatedAt,
      links: reading.links,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const stored = await repos.complianceMaps.get(project.id);
    expect(stored?.links.length).toBe(reading.links.length);
    expect(new Set(stored?.links.map((l) => l.id)).size).toBe(reading.links.length);
    expect(stored?.links.every((l) => l.by === 'Priya Shah' && l.from.processId === 'central')).toBe(true);
    expect(stored?.links.map((l) => l.relation)).toContain('conflicts-with');
    // The same file again adds nothing: the map has every link already.
    const again = await addLinksFromFile(repos, {
      projectId: project.id,
      expectedUpdatedAt: outcome.map.updatedAt,
      links: reading.links,
    });
    expect(again.ok).toBe(false);
  });

  it('lists every bad row of a links file read against the wrong processes, adding nothing', async () => {
    const { map } = await twoProcesses();
    const reading = readLinksForMap(map, await fixture('links.csv'), { first: 'department', second: 'central' });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.length).toBeGreaterThan(1);
    expect(reading.problems[0]).toMatch(/^Row 3: the central step "security-testing" is not a step of "Department"/);
    const bad = {
      name: 'bad.csv',
      bytes: new TextEncoder().encode('central,department,relation\nnope,stage-gate-1,same\n'),
    };
    const badReading = readLinksForMap(map, bad, { first: 'central', second: 'department' });
    expect(badReading.ok ? [] : badReading.problems).toEqual([
      expect.stringContaining('Row 2: the central step "nope"'),
      expect.stringContaining('Row 2: the relation "same"'),
    ]);
    expect(readLinksForMap(map, bad, { first: 'central', second: 'central' }).ok).toBe(false);
  });
});
