// The project summary names the person as author and each template by its title when one is known.
import { afterEach, describe, expect, it } from 'vitest';
import { applyProjectImport, planProjectImport, readChosenProjectFile } from '../../../src/app/projects/project-file';
import { projectSummaryDocument } from '../../../src/app/projects/project-summary';
import type { WaymarkDatabase } from '../../../src/db/database';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import type { DocumentModel } from '../../../src/domain/document-model';
import { writeProjectFile } from '../../../src/packs/project-file-writer';
import { goodProjectContents } from '../../fixtures/project-files';
import { freshDatabase } from '../../db/test-database';

const open: WaymarkDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function stored() {
  const db = freshDatabase();
  open.push(db);
  const bundles = projectBundleRepository(db);
  const reading = await readChosenProjectFile(writeProjectFile(goodProjectContents()));
  if (!reading.ok) throw new Error(reading.problems.map((p) => p.message).join('; '));
  await applyProjectImport(bundles, reading.contents, await planProjectImport(bundles, reading.contents), false);
  return { bundles, contents: reading.contents };
}

function text(model: DocumentModel): string {
  return JSON.stringify(model.sections);
}

describe('the project summary', () => {
  it('names each template by the title it is given, and by its id otherwise', async () => {
    const { bundles, contents } = await stored();
    const [first, ...rest] = contents.templates;
    if (!first) throw new Error('the fixture uses a template');
    const model = await projectSummaryDocument(bundles, contents.project.id, {
      author: 'Alex Morgan',
      marking: 'OFFICIAL',
      today: new Date('2026-12-01T10:00:00Z'),
      templateTitle: (use) => (use.id === first.id ? 'A title people know' : undefined),
    });
    expect(model.meta.author).toBe('Alex Morgan');
    expect(text(model)).toContain('A title people know');
    for (const use of rest) expect(text(model)).toContain(use.templateId);
  });

  it('refuses to make the document without the person\u2019s name', async () => {
    const { bundles, contents } = await stored();
    await expect(
      projectSummaryDocument(bundles, contents.project.id, { author: ' ', marking: 'OFFICIAL', today: new Date() }),
    ).rejects.toThrow('Enter your name');
  });
});
