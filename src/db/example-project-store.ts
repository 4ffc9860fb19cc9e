// Stores the example project with its template uses, evidence, compliance map, assessment, maturity
// self-assessment and business case with its revisions, in one transaction, so the
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
    db.transaction(
      'rw',
      [
        db.projects,
        db.projectTemplates,
        db.evidence,
        db.packs,
        db.complianceMaps,
        db.assessments,
        db.maturityAssessments,
        db.businessCases,
        db.caseRevisions,
      ],
      async () => {
        const stored = await db.packs.where('id').equals(EXAMPLE_MAP_PACK).toArray();
        const records = buildExampleProject(nextId, now, exampleProcesses(stored.map((p) => p.pack)));
        await db.projects.add(records.project);
        await db.projectTemplates.bulkAdd(records.templates);
        await db.evidence.bulkAdd(records.evidence);
        if (records.complianceMap) await db.complianceMaps.add(records.complianceMap);
        await db.assessments.bulkAdd(records.assessments);
        await db.maturityAssessments.bulkAdd(records.maturityAssessments);
        await db.businessCases.bulkAdd(records.businessCases);
        await db.caseRevisions.bulkAdd(records.caseRevisions);
        return records;
      },
    ),
  );
}
