// Moving a map's process to a newer installed version of its template: links to changed or removed steps
// are flagged, nothing is deleted, and a missing version or a map changed meanwhile changes nothing.
import { describe, expect, it } from 'vitest';
import { changeMap, startMap } from '../../../src/app/compliance-map/map-actions';
import { keepUsedSteps, moveProcessToVersion } from '../../../src/app/compliance-map/process-version-actions';
import { complianceMapRepository, MapChangedError } from '../../../src/db/compliance-map-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import { addLink, emptyLinkDraft } from '../../../src/domain/compliance-map/map-edit-links';
import type { ComplianceMap, MapRelation, StepRef } from '../../../src/domain/compliance-map/map-model';
import type { Pack, ProcessTemplate } from '../../../src/domain/pack';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const EXAMPLES = 'templates/waymark-example-processes';
const PACK_ID = 'waymark-example-processes';
const central = { packId: PACK_ID, templateId: 'central-digital-assurance-2026', version: '2.0.0' };
const department = { packId: PACK_ID, templateId: 'departmental-it-governance', version: '1.0.1' };

/** The example pack at 2.1.0, its departmental process at 1.1.0: one step changed, one gone. */
function newerPack(pack: Pack): Pack {
  return {
    ...pack,
    manifest: { ...pack.manifest, version: '2.1.0' },
    templates: pack.templates.map((t) => {
      if (t.kind !== 'process' || t.id !== department.templateId) return t;
      const steps: ProcessTemplate['steps'] = t.steps
        .filter((s) => s.id !== 'stage-gate-0')
        .map((s) => {
          if (s.id === 'strategic-outline-case') return { ...s, depends_on: ['project-mandate'] };
          if (s.id === 'architecture-design-sign-off')
            return { ...s, evidence: [...(s.evidence ?? []), 'Hosting plan'], duration_days: 20 };
          return s;
        });
      return { ...t, version: '1.1.0', steps };
    }),
  };
}

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
  const examples = await packFrom(EXAMPLES);
  await repos.packs.installBuiltIns([examples]);
  await repos.settings.set('authorName', 'Priya Shah');
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  let map = await startMap(repos, project.id, [central, department]);
  const link = async (from: StepRef, relation: MapRelation, to: StepRef) => {
    advance();
    const outcome = await changeMap(
      repos,
      {
        projectId: project.id,
        expectedUpdatedAt: map.updatedAt,
        change: (m, context) => addLink(m, { ...emptyLinkDraft(), from, to, relation }, context),
      },
      clock,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    map = outcome.map;
  };
  const dept = (stepId: string) => ({ processId: 'department', stepId });
  const centre = (stepId: string) => ({ processId: 'central', stepId });
  await link(centre('alpha-assessment'), 'equivalent-to', dept('architecture-design-sign-off'));
  await link(centre('pipeline-entry'), 'must-precede', dept('stage-gate-0'));
  await link(centre('data-protection-impact-assessment'), 'equal-to', dept('data-protection-impact-assessment'));
  const installNewer = async () => {
    const prepared = await repos.packs.prepareImport(newerPack(examples.pack), examples.files);
    await repos.packs.applyImport(prepared, 'imported');
  };
  advance();
  return { repos, project, clock, advance, installNewer, map: () => map };
}

const processOf = (map: ComplianceMap | undefined, id: string) => map?.processes.find((p) => p.id === id);

describe('moving a process to a newer version of its template', () => {
  it('uses the newer steps, flags the links to changed or removed steps and keeps every link', async () => {
    const { repos, project, clock, installNewer, map } = await setup();
    await installNewer();
    const before = map();
    const moved = await moveProcessToVersion(
      repos,
      { projectId: project.id, expectedUpdatedAt: before.updatedAt, processId: 'department', version: '1.1.0' },
      clock,
    );
    const saved = await repos.complianceMaps.get(project.id);
    expect(saved).toEqual(moved.map);
    const process = processOf(saved, 'department');
    expect(process?.source).toEqual({ type: 'template', ...department, version: '1.1.0' });
    expect(process?.id).toBe('department');
    // Nothing deleted: every link is still there; the two touching changed or removed steps are flagged.
    expect(saved?.links.map((l) => l.id)).toEqual(before.links.map((l) => l.id));
    const [signOff = '', gate = '', dpia = ''] = before.links.map((l) => l.id);
    expect(moved.flaggedLinkIds).toEqual([signOff, gate]);
    const reasons = new Map(saved?.links.map((l) => [l.id, l.needsReview]));
    expect(reasons.get(signOff)).toMatch(
      /changed in version 1\.1\.0 of Departmental IT governance .*Priya Shah.*: its evidence and duration\./,
    );
    expect(reasons.get(gate)).toMatch(/^“PMO stage gate 0: strategic assessment” is not in version 1\.1\.0/);
    expect(reasons.get(dpia)).toBeNull();
    // The removed step a link still uses is kept, at the end, until a person deals with it.
    expect(moved.keptStepNames).toEqual(['PMO stage gate 0: strategic assessment']);
    expect(process?.steps.at(-1)?.id).toBe('stage-gate-0');
    expect(process?.steps.find((s) => s.id === 'strategic-outline-case')?.dependsOn).toEqual(['project-mandate']);
    expect(processOf(saved, 'central')).toEqual(processOf(before, 'central'));
  });

  it('changes nothing when the version is not installed or is not newer', async () => {
    const { repos, project, clock, map } = await setup();
    const before = map();
    const request = { projectId: project.id, expectedUpdatedAt: before.updatedAt, processId: 'department' };
    await expect(moveProcessToVersion(repos, { ...request, version: '1.1.0' }, clock)).rejects.toThrow(
      'Version 1.1.0 of “Departmental IT governance (example)” is not installed any more, or cannot be read, so the process was left as it is.',
    );
    await expect(moveProcessToVersion(repos, { ...request, version: '1.0.1' }, clock)).rejects.toThrow(
      /is not newer than the version 1\.0\.1/,
    );
    await expect(
      moveProcessToVersion(repos, { ...request, processId: 'gone', version: '1.1.0' }, clock),
    ).rejects.toThrow('That process is no longer in the map. Nothing was changed.');
    expect(await repos.complianceMaps.get(project.id)).toEqual(before);
  });

  it('refuses to save over a map changed meanwhile', async () => {
    const { repos, project, clock, installNewer, map } = await setup();
    await installNewer();
    const stale = '2026-01-01T00:00:00.000Z';
    await expect(
      moveProcessToVersion(
        repos,
        { projectId: project.id, expectedUpdatedAt: stale, processId: 'department', version: '1.1.0' },
        clock,
      ),
    ).rejects.toBeInstanceOf(MapChangedError);
    expect(await repos.complianceMaps.get(project.id)).toEqual(map());
  });
});

describe('keeping the steps the map still uses', () => {
  it('puts back only removed steps that something refers to, with dependencies that still exist', async () => {
    const { map } = await setup();
    const before = map();
    const old = processOf(before, 'department');
    if (!old) throw new Error('no process');
    const trimmed = old.steps.filter((s) => s.id !== 'stage-gate-0' && s.id !== 'project-mandate');
    const after = { ...before, processes: before.processes.map((p) => (p === old ? { ...p, steps: trimmed } : p)) };
    const kept = keepUsedSteps(before, after, 'department');
    expect(kept.keptStepNames).toEqual(['PMO stage gate 0: strategic assessment']);
    const steps = processOf(kept.map, 'department')?.steps ?? [];
    expect(steps.some((s) => s.id === 'project-mandate')).toBe(false);
    // Its dependency on the removed "project-mandate" no longer has anything to point at.
    expect(steps.at(-1)).toMatchObject({ id: 'stage-gate-0', dependsOn: [] });
    expect(keepUsedSteps(before, before, 'department')).toEqual({ map: before, keptStepNames: [] });
  });
});
