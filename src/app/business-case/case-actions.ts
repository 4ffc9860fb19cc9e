// Use cases of a project's business case: creating it from an installed business case template (pinned to
// the template's version), changing its title, gate and small-scheme mark, saving the text of a section of
// the current draft revision, and starting a new revision at a gate. Each saves only onto the copy the
// person was shown: a change made meanwhile elsewhere is reported, never overwritten, and a frozen revision
// is never changed.
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import { CaseChangedError } from '../../db/business-case-repository';
import type { PacksRepository } from '../../db/packs-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { StorageError } from '../../db/storage-errors';
import { CASE_LIMITS, createBusinessCase, editBusinessCase } from '../../domain/business-case/case';
import { flattenTemplateSections } from '../../domain/business-case/gates';
import type { BusinessCase, CaseGate, CaseRevision, CaseTemplateRef } from '../../domain/business-case/model';
import { CASE_GATES } from '../../domain/business-case/model';
import {
  createFirstRevision,
  latestRevision,
  REVISION_LIMITS,
  setSectionContent,
  startNewRevision,
} from '../../domain/business-case/revisions';
import { newId } from '../../domain/ids';
import type { BusinessCaseTemplate } from '../../domain/pack';
import { storedDraft } from './draft-change';
import { emptyRichText, parseRichText, type RichTextDoc } from '../../domain/rich-text';

export interface CaseRepositories {
  businessCases: BusinessCaseRepository;
  packs: PacksRepository;
  settings: SettingsRepository;
}

/** Field messages keyed by field name; nothing is stored when there are any. */
export type CaseErrors = Partial<Record<'template' | 'title' | 'gate' | 'summary' | 'author', string>>;

export type CaseOutcome<T> = { ok: true; value: T } | { ok: false; errors: CaseErrors };

/** The financial year a date falls in, as the calendar year it starts in (April to March). */
export function financialYear(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** A business case template at exactly the version given, from any stored version of its pack. */
export async function caseTemplateAt(
  repos: Pick<CaseRepositories, 'packs'>,
  ref: CaseTemplateRef,
): Promise<BusinessCaseTemplate | null> {
  // A template's version is its own, not its pack's: look through every stored version of the pack.
  const template = (await repos.packs.versions(ref.packId))
    .flatMap((stored) => stored.pack.templates)
    .find((t) => t.id === ref.templateId && t.version === ref.version);
  return template?.kind === 'business-case' ? template : null;
}

function titleError(title: string): string | undefined {
  const clean = title.trim();
  if (clean.length === 0) return 'Give the business case a title.';
  if (clean.length > CASE_LIMITS.title) return `The title must be ${CASE_LIMITS.title} characters or fewer.`;
  return undefined;
}

function gateError(gate: string | null): string | undefined {
  return gate !== null && (CASE_GATES as readonly string[]).includes(gate)
    ? undefined
    : 'Choose the decision the case asks for.';
}

export interface NewCaseRequest {
  projectId: string;
  template: CaseTemplateRef | null;
  title: string;
  gate: CaseGate | null;
  smallScheme: boolean;
}

/**
 * Creates the project's business case from an installed business case template, pinned to the version
 * given, with an empty first revision written by the person named in Settings.
 */
export async function createCase(
  repos: CaseRepositories,
  request: NewCaseRequest,
  clock: () => Date = () => new Date(),
): Promise<CaseOutcome<{ businessCase: BusinessCase; revision: CaseRevision }>> {
  const errors: CaseErrors = {};
  const template = request.template ? await caseTemplateAt(repos, request.template) : null;
  if (!request.template) errors.template = 'Choose the template the case is written on.';
  else if (!template)
    errors.template = `The business case template ${request.template.templateId} version ${request.template.version} is not installed. Install its pack from the Library, or choose another template.`;
  const titleProblem = titleError(request.title);
  if (titleProblem) errors.title = titleProblem;
  const gateProblem = gateError(request.gate);
  if (gateProblem) errors.gate = gateProblem;
  if (Object.keys(errors).length > 0 || !request.template || !request.gate) return { ok: false, errors };
  const now = clock();
  const businessCase = createBusinessCase({
    id: newId(),
    projectId: request.projectId,
    title: request.title,
    template: request.template,
    gate: request.gate,
    smallScheme: request.smallScheme,
    now,
  });
  const author = (await repos.settings.getAll()).authorName.trim().slice(0, REVISION_LIMITS.author);
  const first = createFirstRevision(businessCase, newId(), author, now, financialYear(now));
  return { ok: true, value: await repos.businessCases.create(businessCase, first) };
}

/** Changes the case's title, the decision it asks for, or the small-scheme mark, on the copy shown. */
export async function editCase(
  repos: Pick<CaseRepositories, 'businessCases'>,
  request: {
    businessCase: BusinessCase;
    title: string;
    gate: CaseGate | null;
    smallScheme: boolean;
  },
  clock: () => Date = () => new Date(),
): Promise<CaseOutcome<BusinessCase>> {
  const errors: CaseErrors = {};
  const titleProblem = titleError(request.title);
  if (titleProblem) errors.title = titleProblem;
  const gateProblem = gateError(request.gate);
  if (gateProblem) errors.gate = gateProblem;
  if (Object.keys(errors).length > 0 || !request.gate) return { ok: false, errors };
  const edited = editBusinessCase(
    request.businessCase,
    { title: request.title, gate: request.gate, smallScheme: request.smallScheme },
    clock(),
  );
  return { ok: true, value: await repos.businessCases.saveCase(edited, request.businessCase.updatedAt) };
}

/**
 * Saves the text of one section of a draft revision. `expectedUpdatedAt` is when the copy of the revision
 * the editor started from was last saved; the saved revision (with its new `updatedAt`) is returned so the
 * next save can follow on from it. Text that is not in the structured format, a section the template does
 * not have, a frozen revision and an out-of-date copy are all refused, storing nothing.
 */
export async function saveSection(
  repos: Pick<CaseRepositories, 'businessCases' | 'packs'>,
  request: {
    projectId: string;
    revisionId: string;
    sectionId: string;
    content: unknown;
    expectedUpdatedAt: string;
    /**
     * The section's text as the editor last saw it. When the revision changed elsewhere since
     * `expectedUpdatedAt` (another section saved, a part of the case edited) but this section's stored text is
     * still this, the save goes ahead; a change to this section elsewhere is refused all the same.
     */
    knownContent?: RichTextDoc;
  },
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const parsed = parseRichText(request.content);
  if (!parsed.ok) throw new StorageError(`The section was not saved. ${parsed.error}`, 'unknown');
  const { businessCase, revision } = await storedDraft(repos, request.projectId, request.revisionId);
  const sectionUntouched =
    request.knownContent !== undefined &&
    JSON.stringify(
      Object.hasOwn(revision.sections, request.sectionId) ? revision.sections[request.sectionId] : emptyRichText(),
    ) === JSON.stringify(request.knownContent);
  if (revision.updatedAt !== request.expectedUpdatedAt && !sectionUntouched) throw new CaseChangedError(revision);
  const template = await caseTemplateAt(repos, businessCase.template);
  if (template && !flattenTemplateSections(template).some((flat) => flat.section.id === request.sectionId))
    throw new StorageError('The case\u2019s template has no such section, so nothing was saved.', 'unknown');
  const changed = setSectionContent(revision, request.sectionId, parsed.value, clock());
  return repos.businessCases.saveRevision(request.projectId, changed, revision.updatedAt);
}

export interface NewRevisionInput {
  projectId: string;
  /** When the latest revision the person was shown was last saved. */
  expectedUpdatedAt: string;
  /** What changed since the last revision and why. */
  summary: string;
  /** The person's name; when empty, the name in Settings. */
  author: string;
  /** The decision the new revision asks for; the case's current gate when null. */
  gate: CaseGate | null;
}

/**
 * "Start a new revision": freezes the latest revision as it is stored and starts the next one as a draft
 * copy of it, with the summary of what changed and why. When a gate is given the case moves on to it.
 */
export async function startRevision(
  repos: CaseRepositories,
  request: NewRevisionInput,
  clock: () => Date = () => new Date(),
): Promise<CaseOutcome<{ frozen: CaseRevision; next: CaseRevision }>> {
  const errors: CaseErrors = {};
  const summary = request.summary.trim();
  if (summary.length === 0) errors.summary = 'Say what changed since the last revision and why.';
  else if (summary.length > REVISION_LIMITS.summary)
    errors.summary = `The summary must be ${REVISION_LIMITS.summary} characters or fewer.`;
  const author = request.author.trim() || (await repos.settings.getAll()).authorName.trim();
  if (author.length === 0) errors.author = 'Give the name of the person writing the new revision.';
  else if (author.length > REVISION_LIMITS.author)
    errors.author = `The name must be ${REVISION_LIMITS.author} characters or fewer.`;
  if (request.gate !== null && gateError(request.gate)) errors.gate = gateError(request.gate);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const stored = await repos.businessCases.read(request.projectId);
  if (stored.state !== 'ready')
    throw new StorageError(
      stored.state === 'none'
        ? 'This project has no business case any more.'
        : 'This project\u2019s business case cannot be read by this version of Waymark, so it was left as it is.',
      'unknown',
    );
  const current = latestRevision(stored.revisions);
  if (!current) throw new StorageError('The business case has no revisions.', 'unknown');
  if (current.updatedAt !== request.expectedUpdatedAt) throw new CaseChangedError(current);
  const gate = request.gate ?? stored.businessCase.gate;
  const result = startNewRevision(current, { id: newId(), author, summary, now: clock(), gate });
  const saved = await repos.businessCases.startRevision(
    request.projectId,
    result.frozen,
    result.next,
    request.expectedUpdatedAt,
    gate !== stored.businessCase.gate ? { gate } : undefined,
  );
  return { ok: true, value: { frozen: saved.frozen, next: saved.next } };
}
