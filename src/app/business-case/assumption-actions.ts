// Use cases of the assumptions log of a business case: adding or changing an assumption (checked against
// the case's template sections and the project's evidence library) and removing one. Each saves onto the
// draft revision the person was shown; a frozen revision and a copy changed meanwhile are refused.
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import type { EvidenceRepository } from '../../db/evidence-repository';
import type { PacksRepository } from '../../db/packs-repository';
import { StorageError } from '../../db/storage-errors';
import { flattenTemplateSections } from '../../domain/business-case/gates';
import type { CaseRevision } from '../../domain/business-case/model';
import { newId } from '../../domain/ids';
import {
  ASSUMPTION_LIMITS,
  checkAssumption,
  putAssumption,
  removeAssumption,
  type AssumptionField,
  type AssumptionInput,
} from './assumption-edits';
import { caseTemplateAt } from './case-actions';
import { draftToChange, saveOntoDraft, type DraftTarget, type PartOutcome } from './draft-change';

export interface AssumptionRepositories {
  businessCases: BusinessCaseRepository;
  packs: PacksRepository;
  evidence: EvidenceRepository;
}

/**
 * Adds an assumption (`assumptionId` null) or changes one, on the draft revision. Field problems come back
 * as messages and store nothing.
 */
export async function saveAssumption(
  repos: AssumptionRepositories,
  request: DraftTarget & { assumptionId: string | null; input: AssumptionInput },
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<AssumptionField>> {
  const revision = await draftToChange(repos, request);
  const stored = await repos.businessCases.read(request.projectId);
  const template = stored.state === 'ready' ? await caseTemplateAt(repos, stored.businessCase.template) : null;
  const sections = template ? new Set(flattenTemplateSections(template).map((f) => f.section.id)) : undefined;
  // Sections the assumption already names stay allowed, even when the template no longer has them.
  const existing = request.assumptionId ? revision.assumptions.find((a) => a.id === request.assumptionId) : null;
  if (request.assumptionId && !existing)
    throw new StorageError('That assumption is not in this revision any more, so nothing was saved.', 'unknown');
  if (sections && existing) for (const id of existing.sectionIds) sections.add(id);
  const evidence = new Set((await repos.evidence.list(request.projectId)).map((item) => item.id));
  if (existing) for (const id of existing.evidenceIds) evidence.add(id);
  const checked = checkAssumption(request.assumptionId ?? newId(), request.input, {
    ...(sections ? { sections } : {}),
    evidence,
  });
  if (!checked.ok) return checked;
  if (!existing && revision.assumptions.length >= ASSUMPTION_LIMITS.count)
    return { ok: false, errors: { text: `A case can hold up to ${ASSUMPTION_LIMITS.count} assumptions.` } };
  const assumptions = putAssumption(revision.assumptions, checked.value);
  return { ok: true, value: await saveOntoDraft(repos, request, revision, { assumptions }, clock()) };
}

/** Removes an assumption from the draft revision. */
export async function deleteAssumption(
  repos: Pick<AssumptionRepositories, 'businessCases'>,
  request: DraftTarget & { assumptionId: string },
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const revision = await draftToChange(repos, request);
  let assumptions;
  try {
    assumptions = removeAssumption(revision.assumptions, request.assumptionId);
  } catch (e) {
    throw new StorageError(e instanceof Error ? e.message : String(e), 'unknown');
  }
  return saveOntoDraft(repos, request, revision, { assumptions }, clock());
}
