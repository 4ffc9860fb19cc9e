// The checks of a project file's records taken together, which the record schemas cannot make alone:
// every id used once, every record belonging to the file's project, and no reference to a missing record
// (evidence pointing at an attached file that is not there, an attached file of evidence that is not there),
// a compliance map that hangs together and is this project's, and assessments, a business case and its
// revisions that belong to this project and cite only evidence the file holds.
import type { ProjectManifest } from '../domain/project-file';
import { PROJECT_MANIFEST_PATH } from '../domain/project-file';
import type { PackProblems } from './pack-problems';
import { checkComplianceMaps } from './compliance-map-checks';
import { checkProjectParts } from './project-parts-checks';

type ListName = 'templates' | 'evidence' | 'attachments';

function checkUniqueIds(manifest: ProjectManifest, list: ListName, problems: PackProblems): void {
  const seen = new Map<string, number>();
  manifest[list].forEach((record, index) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, index);
    else
      problems.add(
        PROJECT_MANIFEST_PATH,
        `${list}[${index}].id`,
        `the id "${record.id}" is used twice (also by ${list}[${first}])`,
      );
  });
}

function checkOwner(manifest: ProjectManifest, list: ListName, problems: PackProblems): void {
  manifest[list].forEach((record, index) => {
    if (record.projectId !== manifest.project.id)
      problems.add(
        PROJECT_MANIFEST_PATH,
        `${list}[${index}].projectId`,
        `it belongs to the project "${record.projectId}", not to the project in this file ("${manifest.project.id}")`,
      );
  });
}

/** Records a problem for each broken rule between the records of a manifest that passed its schema. */
export function checkProjectRecords(manifest: ProjectManifest, problems: PackProblems): void {
  checkComplianceMaps(
    manifest.complianceMaps ?? [],
    new Set([manifest.project.id]),
    PROJECT_MANIFEST_PATH,
    (index) => `complianceMaps[${index}]`,
    problems,
  );
  checkProjectParts(
    {
      assessments: manifest.assessments ?? [],
      maturityAssessments: manifest.maturityAssessments ?? [],
      businessCases: manifest.businessCases ?? [],
      caseRevisions: manifest.caseRevisions ?? [],
    },
    {
      file: () => PROJECT_MANIFEST_PATH,
      location: (list, index) => `${list}[${index}]`,
      projectIds: new Set([manifest.project.id]),
      evidenceOf: new Map([[manifest.project.id, new Set(manifest.evidence.map((item) => item.id))]]),
    },
    problems,
  );
  for (const list of ['templates', 'evidence', 'attachments'] as const) {
    checkUniqueIds(manifest, list, problems);
    checkOwner(manifest, list, problems);
  }
  const uses = new Map<string, number>();
  manifest.templates.forEach((use, index) => {
    const key = `${use.packId}\u0000${use.templateId}`;
    const first = uses.get(key);
    if (first === undefined) uses.set(key, index);
    else
      problems.add(
        PROJECT_MANIFEST_PATH,
        `templates[${index}]`,
        `the template ${use.templateId} of the pack ${use.packId} is listed twice (also at templates[${first}])`,
      );
  });
  const attachments = new Map(manifest.attachments.map((meta) => [meta.id, meta]));
  // The first record with an id wins, so a duplicate is reported once, as a duplicate.
  const evidence = new Map([...manifest.evidence].reverse().map((item) => [item.id, item]));
  manifest.evidence.forEach((item, index) => {
    if (item.source.type !== 'file') return;
    const meta = attachments.get(item.source.attachmentId);
    if (!meta)
      problems.add(
        PROJECT_MANIFEST_PATH,
        `evidence[${index}].source.attachmentId`,
        `it points at the attached file "${item.source.attachmentId}", which is not in this file`,
      );
    else if (meta.evidenceId !== item.id)
      problems.add(
        PROJECT_MANIFEST_PATH,
        `evidence[${index}].source.attachmentId`,
        `the attached file "${meta.id}" belongs to other evidence ("${meta.evidenceId}")`,
      );
  });
  manifest.attachments.forEach((meta, index) => {
    const item = evidence.get(meta.evidenceId);
    if (!item)
      problems.add(
        PROJECT_MANIFEST_PATH,
        `attachments[${index}].evidenceId`,
        `it belongs to the evidence "${meta.evidenceId}", which is not in this file`,
      );
    else if (item.source.type !== 'file' || item.source.attachmentId !== meta.id)
      problems.add(
        PROJECT_MANIFEST_PATH,
        `attachments[${index}].evidenceId`,
        `the evidence "${item.id}" does not use this attached file`,
      );
  });
}
