// The example project made on first start and from Settings has its compliance map, built from the example
// processes pack as installed (the built-in templates/ folder read like any pack), and the analysis finds
// and explains the design-before-build contradiction as an ordering cycle. Without that pack it has no map.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import { complianceMapRepository } from '../../src/db/compliance-map-repository';
import { runStartup } from '../../src/db/first-start';
import { packsRepository } from '../../src/db/packs-repository';
import { projectsRepository } from '../../src/db/projects-repository';
import { analyseMap } from '../../src/domain/compliance-map/analyse-map';
import { EXAMPLE_MAP_PACK } from '../../src/domain/compliance-map/example-map';
import { stepKey } from '../../src/domain/compliance-map/map-model';
import { EXAMPLE_TEMPLATES } from '../../src/domain/example-project';
import { freshDatabase } from './test-database';

async function examplePack() {
  const { result } = await readPackFromDisk(join(import.meta.dirname, '../../templates', EXAMPLE_MAP_PACK));
  if (!result.ok) throw new Error('the example processes pack is not valid');
  return { pack: result.pack, files: result.files };
}

async function withExamplePack() {
  const db = freshDatabase();
  await packsRepository(db).installBuiltIns([await examplePack()]);
  return db;
}

describe('the example project’s compliance map', () => {
  it('is made on first start from the installed example processes, pinned to the example’s versions', async () => {
    const db = await withExamplePack();
    await runStartup(db, undefined);
    const example = (await projectsRepository(db).list()).active[0];
    if (!example) throw new Error('no example project');
    const stored = await complianceMapRepository(db).read(example.id);
    if (stored.state !== 'ready') throw new Error(`map is ${stored.state}`);
    const pins = stored.map.processes.map((p) => p.source);
    expect(pins).toEqual(
      EXAMPLE_TEMPLATES.filter((t) => t.packId === EXAMPLE_MAP_PACK).map((t) => ({ type: 'template', ...t })),
    );
  });

  it('shows the design-before-build contradiction as an explained cycle, and no plan while it stands', async () => {
    const db = await withExamplePack();
    const project = await projectsRepository(db).createExample();
    const map = await complianceMapRepository(db).get(project.id);
    if (!map) throw new Error('no map');
    const analysis = analyseMap(map);
    expect(analysis.cycles).toHaveLength(1);
    const cycle = analysis.cycles[0];
    expect(cycle?.steps.map(stepKey)).toContain('department:architecture-design-sign-off');
    expect(cycle?.steps.map(stepKey)).toContain('central:alpha-assessment');
    expect(cycle?.explanation).toMatch(/design/i);
    expect(cycle?.explanation.length).toBeGreaterThan(80);
    expect(analysis.declaredConflicts).toHaveLength(1);
    expect(analysis.plan).toBeNull();
  });

  it('is made again with the example from Settings, one map per example project', async () => {
    const db = await withExamplePack();
    const repo = projectsRepository(db);
    const first = await repo.createExample();
    const second = await repo.createExample();
    const maps = await db.complianceMaps.toArray();
    expect(maps.map((m) => m.projectId).sort()).toEqual([first.id, second.id].sort());
    expect(new Set(maps.map((m) => m.id)).size).toBe(2);
  });

  it('is left out, and the rest of the example made, when the example processes are not installed', async () => {
    const db = freshDatabase();
    await runStartup(db, undefined);
    expect((await projectsRepository(db).list()).active).toHaveLength(1);
    expect(await db.complianceMaps.count()).toBe(0);
    expect(await db.evidence.count()).toBe(4);
  });
});
