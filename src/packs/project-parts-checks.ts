// The checks that assessments, maturity self-assessments, business cases and case revisions read from a
// project file or a backup must pass beyond their schemas: every id used once in its list, every record
// belonging to a project the file holds, one business case per project, every revision belonging to a case
// the file holds, revision numbers used once per case, a frozen revision saying when it was frozen, and (in
// a project file) every evidence item cited by an answer or an assumption being in the file's evidence.
// Shared by the project file and backup readers, so both refuse a bad record alike.
import type { Assessment } from '../domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import type { PackProblems } from './pack-problems';

/** The records that go with a project beside its evidence and map. */
export interface ProjectPartRecords {
  assessments: readonly Assessment[];
  maturityAssessments: readonly MaturitySelfAssessment[];
  businessCases: readonly BusinessCase[];
  caseRevisions: readonly CaseRevision[];
}

export type ProjectPartList = keyof ProjectPartRecords;

export interface ProjectPartsCheck {
  /** The file inside the zip a list is in (one manifest for a project file, one file per list in a backup). */
  file: (list: ProjectPartList) => string;
  /** Where a record is named in a problem: `assessments[2]` in a project file, the record's id in a backup. */
  location: (list: ProjectPartList, index: number, id: string) => string;
  projectIds: ReadonlySet<string>;
  /** The evidence ids of each project, when citations must name evidence the file holds; null not to check. */
  evidenceOf: ReadonlyMap<string, ReadonlySet<string>> | null;
}

const NOUNS: Record<ProjectPartList, string> = {
  assessments: 'assessment',
  maturityAssessments: 'maturity self-assessment',
  businessCases: 'business case',
  caseRevisions: 'case revision',
};

function checkUnique(
  list: ProjectPartList,
  records: readonly { id: string }[],
  check: ProjectPartsCheck,
  problems: PackProblems,
): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id))
      problems.add(
        check.file(list),
        `${check.location(list, index, record.id)}.id`,
        `the ${NOUNS[list]} id "${record.id}" is used twice`,
      );
    seen.add(record.id);
  });
}

function checkOwners(
  list: 'assessments' | 'maturityAssessments' | 'businessCases',
  records: readonly { id: string; projectId: string }[],
  check: ProjectPartsCheck,
  problems: PackProblems,
): void {
  records.forEach((record, index) => {
    if (!check.projectIds.has(record.projectId))
      problems.add(
        check.file(list),
        `${check.location(list, index, record.id)}.projectId`,
        `the ${NOUNS[list]} belongs to the project "${record.projectId}", which is not in this file`,
      );
  });
}

function checkCitations(
  list: ProjectPartList,
  index: number,
  id: string,
  where: string,
  cited: readonly string[],
  known: ReadonlySet<string> | undefined,
  check: ProjectPartsCheck,
  problems: PackProblems,
): void {
  if (!known) return;
  for (const evidenceId of cited)
    if (!known.has(evidenceId))
      problems.add(
        check.file(list),
        `${check.location(list, index, id)}.${where}`,
        `it cites the evidence "${evidenceId}", which is not in this file`,
      );
}

/** Records a problem for each broken rule between the project part records and what else the file holds. */
export function checkProjectParts(records: ProjectPartRecords, check: ProjectPartsCheck, problems: PackProblems): void {
  checkUnique('assessments', records.assessments, check, problems);
  checkUnique('maturityAssessments', records.maturityAssessments, check, problems);
  checkUnique('businessCases', records.businessCases, check, problems);
  checkUnique('caseRevisions', records.caseRevisions, check, problems);
  checkOwners('assessments', records.assessments, check, problems);
  checkOwners('maturityAssessments', records.maturityAssessments, check, problems);
  checkOwners('businessCases', records.businessCases, check, problems);

  const owners = new Set<string>();
  records.businessCases.forEach((businessCase, index) => {
    if (owners.has(businessCase.projectId))
      problems.add(
        check.file('businessCases'),
        check.location('businessCases', index, businessCase.id),
        `the project "${businessCase.projectId}" has more than one business case; a project has one`,
      );
    owners.add(businessCase.projectId);
  });

  const caseProject = new Map(records.businessCases.map((c) => [c.id, c.projectId]));
  const numbers = new Set<string>();
  records.caseRevisions.forEach((revision, index) => {
    const where = check.location('caseRevisions', index, revision.id);
    const file = check.file('caseRevisions');
    const projectId = caseProject.get(revision.caseId);
    if (projectId === undefined)
      problems.add(
        file,
        `${where}.caseId`,
        `the revision belongs to the business case "${revision.caseId}", which is not in this file`,
      );
    const key = `${revision.caseId}\u0000${revision.number}`;
    if (numbers.has(key))
      problems.add(
        file,
        `${where}.number`,
        `the business case "${revision.caseId}" has more than one revision ${revision.number}; each revision number is used once`,
      );
    numbers.add(key);
    if (revision.status === 'frozen' && revision.frozenAt === null)
      problems.add(
        file,
        `${where}.frozenAt`,
        `revision ${revision.number} is frozen but does not say when it was frozen`,
      );
    if (check.evidenceOf && projectId !== undefined)
      revision.assumptions.forEach((assumption, at) =>
        checkCitations(
          'caseRevisions',
          index,
          revision.id,
          `assumptions[${at}].evidenceIds`,
          assumption.evidenceIds,
          check.evidenceOf?.get(projectId) ?? new Set(),
          check,
          problems,
        ),
      );
  });

  if (check.evidenceOf)
    records.assessments.forEach((assessment, index) => {
      if (!check.projectIds.has(assessment.projectId)) return;
      assessment.answers.forEach((answer, at) =>
        checkCitations(
          'assessments',
          index,
          assessment.id,
          `answers[${at}].evidenceIds`,
          answer.evidenceIds,
          check.evidenceOf?.get(assessment.projectId) ?? new Set(),
          check,
          problems,
        ),
      );
    });
}
