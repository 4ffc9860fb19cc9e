// Stores the example project with its template uses and evidence, in one transaction, so the example is
// either all there or not there at all. Shared by first start and "Bring back the example" in Settings.
import { buildExampleProject, type ExampleProjectRecords } from '../domain/example-project';
import type { WaymarkDatabase } from './database';
import { guarded } from './storage-errors';

export async function addExampleProject(
  db: WaymarkDatabase,
  nextId: () => string,
  now: Date,
): Promise<ExampleProjectRecords> {
  const records = buildExampleProject(nextId, now);
  await guarded(() =>
    db.transaction('rw', db.projects, db.projectTemplates, db.evidence, async () => {
      await db.projects.add(records.project);
      await db.projectTemplates.bulkAdd(records.templates);
      await db.evidence.bulkAdd(records.evidence);
    }),
  );
  return records;
}
