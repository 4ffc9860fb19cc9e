import { describe, expect, it } from 'vitest';
import { projectTemplatesRepository } from '../../src/db/project-templates-repository';
import { projectsRepository, UNDO_WINDOW_MS } from '../../src/db/projects-repository';
import { emptyDraft } from '../../src/domain/project';
import { usageState } from '../../src/domain/project-template';
import { freshDatabase } from './test-database';

const gov = { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.0.0' };

describe('project templates', () => {
  it('records which template versions projects use, and lists the projects using a template', async () => {
    const db = freshDatabase();
    const projects = projectsRepository(db);
    const uses = projectTemplatesRepository(db);
    const a = await projects.create({ ...emptyDraft(), name: 'Boat licences' });
    const b = await projects.create({ ...emptyDraft(), name: 'Angling permits' });
    await uses.add(a.id, gov);
    const useB = await uses.add(b.id, { ...gov, version: '0.9.0' });
    await uses.add(a.id, { packId: 'waymark-playbook', templateId: 'two-bosses', version: '1.0.0' });

    expect((await uses.forProject(a.id)).map((u) => u.templateId)).toEqual(['gov-uk-service-standard', 'two-bosses']);
    expect((await uses.usages(gov.packId, gov.templateId)).map((u) => [u.project.name, u.use.version])).toEqual([
      ['Angling permits', '0.9.0'],
      ['Boat licences', '1.0.0'],
    ]);
    await expect(uses.add(a.id, gov)).rejects.toThrow('already uses that template');

    await uses.setVersion(useB.id, '1.0.0');
    expect((await uses.forProject(b.id))[0]?.version).toBe('1.0.0');
    await uses.remove(useB.id);
    expect(await uses.forProject(b.id)).toEqual([]);
  });

  it('moves a project from a superseded template to its replacement in one step', async () => {
    const db = freshDatabase();
    const projects = projectsRepository(db);
    const uses = projectTemplatesRepository(db);
    const old = { packId: 'waymark-example-processes', templateId: 'central-digital-assurance', version: '1.0.0' };
    const next = { ...old, templateId: 'central-digital-assurance-2026', version: '2.0.0' };
    const a = await projects.create({ ...emptyDraft(), name: 'Boat licences' });
    const oldUse = await uses.add(a.id, old);
    await uses.add(a.id, gov);
    await uses.moveTo(oldUse.id, next);
    expect((await uses.forProject(a.id)).map((u) => [u.templateId, u.version]).sort()).toEqual([
      ['central-digital-assurance-2026', '2.0.0'],
      ['gov-uk-service-standard', '1.0.0'],
    ]);

    const b = await projects.create({ ...emptyDraft(), name: 'Angling permits' });
    const bOld = await uses.add(b.id, old);
    await uses.add(b.id, { ...next, version: '2.0.0' });
    await uses.moveTo(bOld.id, next);
    expect((await uses.forProject(b.id)).map((u) => u.templateId)).toEqual(['central-digital-assurance-2026']);
    await expect(uses.moveTo(bOld.id, next)).rejects.toThrow('no longer uses that template');
  });

  it('hides deleted projects from usages and removes their usages when they are purged', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const db = freshDatabase();
    const projects = projectsRepository(db, () => now);
    const uses = projectTemplatesRepository(db, () => now);
    const p = await projects.create({ ...emptyDraft(), name: 'Gone soon' });
    await uses.add(p.id, gov);
    await projects.delete(p.id);
    expect(await uses.usages(gov.packId, gov.templateId)).toEqual([]);
    await projects.undoDelete(p.id);
    expect(await uses.usages(gov.packId, gov.templateId)).toHaveLength(1);
    await projects.delete(p.id);
    now = new Date(now.getTime() + UNDO_WINDOW_MS + 1000);
    expect(await projects.purgeDeleted()).toBe(1);
    expect(await db.projectTemplates.count()).toBe(0);
  });

  it('refuses to add a template to a project that does not exist', async () => {
    await expect(projectTemplatesRepository(freshDatabase()).add('missing', gov)).rejects.toThrow(
      'That project no longer exists.',
    );
  });
});

describe('usageState', () => {
  it('compares the version used with the version installed', () => {
    expect(usageState('1.0.0', '1.0.0')).toBe('current');
    expect(usageState('1.0.0', '1.2.0')).toBe('newer-installed');
    expect(usageState('1.2.0', '1.0.0')).toBe('older-installed');
    expect(usageState('1.0.0', undefined)).toBe('not-installed');
  });
});
