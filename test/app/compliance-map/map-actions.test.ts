import { describe, expect, it } from 'vitest';
import { addTemplateToMap, changeMap, startMap } from '../../../src/app/compliance-map/map-actions';
import { complianceMapRepository, MapChangedError } from '../../../src/db/compliance-map-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import { addLink, emptyLinkDraft } from '../../../src/domain/compliance-map/map-edit-links';
import { addProcess, addStep, emptyStepDraft } from '../../../src/domain/compliance-map/map-edits';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const EXAMPLES = 'templates/waymark-example-processes';
const central = { packId: 'waymark-example-processes', templateId: 'central-digital-assurance-2026', version: '2.0.0' };
const department = { packId: 'waymark-example-processes', templateId: 'departmental-it-governance', version: '1.0.1' };

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => now;
  const advance = () => {
    now = new Date(now.getTime() + 60_000);
  };
  const repos = {
    complianceMaps: complianceMapRepository(db, clock),
    packs: packsRepository(db),
    settings: settingsRepository(db),
  };
  await repos.packs.installBuiltIns([await packFrom(EXAMPLES)]);
  await repos.settings.set('authorName', 'Priya Shah');
  const projects = projectsRepository(db, clock);
  const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
  return { db, repos, project, projects, clock, advance };
}

describe('compliance map use cases', () => {
  it('starts a map from two templates pinned to their versions, once per project', async () => {
    const { repos, project } = await setup();
    const map = await startMap(repos, project.id, [central, department]);
    expect(map.processes.map((p) => [p.id, p.source])).toEqual([
      ['central', { type: 'template', ...central }],
      ['department', { type: 'template', ...department }],
    ]);
    expect(await repos.complianceMaps.get(project.id)).toEqual(map);
    await expect(startMap(repos, project.id, [])).rejects.toThrow('This project already has a compliance map.');
  });

  it('refuses a template version that is not installed, storing nothing', async () => {
    const { repos, project } = await setup();
    await expect(startMap(repos, project.id, [{ ...central, version: '9.9.9' }])).rejects.toThrow(
      /no longer installed/,
    );
    expect(await repos.complianceMaps.read(project.id)).toEqual({ state: 'none' });
  });

  it('records who made a change, and refuses a change made from an out-of-date copy', async () => {
    const { repos, project, advance } = await setup();
    const start = await startMap(repos, project.id, []);
    advance();
    const first = await changeMap(repos, {
      projectId: project.id,
      expectedUpdatedAt: start.updatedAt,
      change: (map) => addProcess(map, { title: 'Central route', side: 'central', organisation: '' }),
    });
    if (!first.ok) throw new Error('not saved');
    expect(first.map.updatedAt > start.updatedAt).toBe(true);
    // A second window still showing the empty map tries to add a process: refused, nothing lost.
    await expect(
      changeMap(repos, {
        projectId: project.id,
        expectedUpdatedAt: start.updatedAt,
        change: (map) => addProcess(map, { title: 'Other', side: 'other', organisation: '' }),
      }),
    ).rejects.toBeInstanceOf(MapChangedError);
    // Even the repository alone will not write over a newer map.
    await expect(repos.complianceMaps.save(start, start.updatedAt)).rejects.toBeInstanceOf(MapChangedError);
    expect((await repos.complianceMaps.get(project.id))?.processes.map((p) => p.title)).toEqual(['Central route']);

    const withTemplate = await addTemplateToMap(repos, {
      projectId: project.id,
      expectedUpdatedAt: first.map.updatedAt,
      ref: department,
    });
    if (!withTemplate.ok) throw new Error('not saved');
    const withStep = await changeMap(repos, {
      projectId: project.id,
      expectedUpdatedAt: withTemplate.map.updatedAt,
      change: (map) => addStep(map, 'central', { ...emptyStepDraft(), name: 'Build prototypes' }),
    });
    if (!withStep.ok) throw new Error('not saved');
    const linked = await changeMap(repos, {
      projectId: project.id,
      expectedUpdatedAt: withStep.map.updatedAt,
      change: (map, context) =>
        addLink(
          map,
          {
            ...emptyLinkDraft(),
            from: { processId: 'central', stepId: 'build-prototypes' },
            to: { processId: 'department', stepId: 'architecture-design-sign-off' },
            relation: 'conflicts-with',
            reason: 'One builds to learn, the other wants the design first',
          },
          context,
        ),
    });
    expect(linked.ok && linked.map.links[0]?.by).toBe('Priya Shah');
  });

  it('returns field messages and saves nothing when a change breaks a rule', async () => {
    const { repos, project } = await setup();
    const start = await startMap(repos, project.id, []);
    const outcome = await changeMap(repos, {
      projectId: project.id,
      expectedUpdatedAt: start.updatedAt,
      change: (map) => addProcess(map, { title: '', side: 'central', organisation: '' }),
    });
    expect(outcome).toEqual({ ok: false, errors: { title: 'Enter a title for the process' } });
    expect((await repos.complianceMaps.get(project.id))?.updatedAt).toBe(start.updatedAt);
  });

  it('treats a damaged stored map as unreadable and leaves it as it is', async () => {
    const { db, repos, project } = await setup();
    const start = await startMap(repos, project.id, [central]);
    const damaged = { ...start, links: [{ id: 'x' }] };
    await db.complianceMaps.put(damaged as unknown as typeof start); // a record as another version might write it
    expect((await repos.complianceMaps.read(project.id)).state).toBe('unreadable');
    await expect(
      changeMap(repos, {
        projectId: project.id,
        expectedUpdatedAt: start.updatedAt,
        change: (m) => ({ ok: true, map: m }),
      }),
    ).rejects.toThrow(/cannot be read/);
    expect(await db.complianceMaps.get(start.id)).toEqual(damaged);
  });

  it('removes the map with the project when the project is removed for good', async () => {
    const { db, repos, project, projects, advance } = await setup();
    await startMap(repos, project.id, [central]);
    await projects.delete(project.id);
    for (let i = 0; i < 25 * 60; i++) advance();
    expect(await projects.purgeDeleted()).toBe(1);
    expect(await db.complianceMaps.count()).toBe(0);
  });
});
