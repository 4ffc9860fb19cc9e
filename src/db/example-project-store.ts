// Stores the example project with its template uses, evidence and compliance map, in one transaction, so the
// example is either all there or not there at all. Shared by first start and "Bring back the example" in
// Settings. The map's two processes come from the installed example processes pack (any stored version that
// holds the pinned templates); without them the example has no map.
import { EXAMPLE_MAP_PACK } from '../domain/compliance-map/example-map';
import { buildExampleProject, exampleProcesses, type ExampleProjectRecords } from '../domain/example-project';
import type { WaymarkDatabase } from './database';
import { guarded } from './storage-errors';

export async function addExampleProject(
  db: WaymarkDatabase,
  nextId: () => string,
  now: Date,
): Promise<ExampleProjectRecords> {
  return guarded(() =>
    db.transaction('rw', [db.projects, db.projectTemplates, db.evidence, db.packs, db.complianceMaps], async () => {
      const stored = await db.packs.where('id').equals(EXAMPLE_MAP_PACK).toArray();
      const records = buildExampleProject(nextId, now, exampleProcesses(stored.map((p) => p.pack)));
      await db.projects.add(records.project);
      await db.projectTemplates.bulkAdd(records.templates);
      await db.evidence.bulkAdd(records.evidence);
      if (records.complianceMap) await db.complianceMaps.add(records.complianceMap);
      return records;
    }),
  );
}
