// `waymark export --what assessment` and `--what business-case`: an assessment (with the project's latest
// maturity self-assessment) or the business case (one revision, or two compared with tracked changes) as a Word
// document, from a project file alone. The standard, maturity model or business case template comes from the
// built-in packs at exactly the version the record pins; a different version is refused, never substituted.
import type { Assessment, StandardRef } from '../domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { CaseRevision } from '../domain/business-case/model';
import type { BusinessCaseTemplate, MaturityModelTemplate, PackTemplate, StandardTemplate } from '../domain/pack';
import type { ProjectFileContents } from '../domain/project-file';
import { ASSESSMENT_STAGE_LABELS } from '../domain/assessment/assessment-model';
import { renderBusinessCaseComparisonDocx } from '../export/business-case-comparison';
import { renderAssessmentDocx } from '../export/render-assessment';
import { RevisionNotFoundError, chooseRevision, renderBusinessCaseDocx } from '../export/render-business-case';
import { readBuiltInPack } from './builtin-packs';
import { InputError, UsageError } from './cli-errors';

/** What every document export is given once the project file has been read and checked. */
export interface DocumentExport {
  contents: ProjectFileContents;
  author: string;
  marking: string;
  now: Date;
  /** The option values given on the command line (`id`, `revision`, `compare-to`). */
  values: ReadonlyMap<string, string>;
}

export interface WrittenDocument {
  bytes: Uint8Array;
  /** What was written, for "Wrote <file>: ...". */
  description: string;
  /** Plain notes for stderr, such as a part left out. */
  notes: string[];
}

type KindOf<K extends PackTemplate['kind']> = Extract<PackTemplate, { kind: K }>;

const KIND_WORDS: Record<'standard' | 'maturity-model' | 'business-case', string> = {
  standard: 'standard',
  'maturity-model': 'maturity model',
  'business-case': 'business case template',
};

/**
 * The template a record pins, from the built-in packs at exactly its version; otherwise a sentence saying what is
 * missing (the pack, the template, or the version).
 */
export async function pinnedBuiltIn<K extends 'standard' | 'maturity-model' | 'business-case'>(
  ref: StandardRef,
  kind: K,
  folder?: string,
): Promise<{ template: KindOf<K> } | { problem: string }> {
  const pack = await readBuiltInPack(ref.packId, folder);
  const words = `the ${KIND_WORDS[kind]} ${ref.templateId} version ${ref.version}`;
  if (!pack) return { problem: `${words} is not available: there is no built-in pack ${ref.packId}.` };
  const found = pack.templates.filter((t) => t.kind === kind && t.id === ref.templateId);
  const exact = found.find((t) => t.version === ref.version);
  if (exact) return { template: exact as KindOf<K> };
  if (found.length === 0)
    return { problem: `${words} is not available: the built-in pack ${ref.packId} has no ${ref.templateId}.` };
  const versions = found.map((t) => t.version).join(', ');
  return {
    problem: `${words} is not available: the built-in pack ${ref.packId} has version ${versions} only, and a document from another version would misquote it.`,
  };
}

function assessmentWords(assessment: Assessment): string {
  return `${assessment.id} (${ASSESSMENT_STAGE_LABELS[assessment.stage]}, ${assessment.standard.templateId} version ${assessment.standard.version}, last changed ${assessment.updatedAt.slice(0, 10)})`;
}

/** The assessment asked for by id, or the most recently changed one. */
export function chooseAssessment(contents: ProjectFileContents, id: string | undefined): Assessment {
  const all = contents.assessments ?? [];
  const name = contents.project.name;
  if (all.length === 0)
    throw new InputError(`"${name}" has no assessments, so there is nothing to export; start one in the app.`);
  if (id === undefined) {
    const [latest] = [...all].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    if (latest) return latest;
  }
  const found = all.find((a) => a.id === id);
  if (found) return found;
  throw new InputError(
    `"${name}" has no assessment with the id "${id ?? ''}". Its ${all.length === 1 ? 'assessment is' : 'assessments are'}:\n${all.map((a) => `  ${assessmentWords(a)}`).join('\n')}`,
  );
}

/** The most recent maturity self-assessment, and the latest earlier one on the same model. */
export function chooseMaturity(
  all: readonly MaturitySelfAssessment[],
): { latest: MaturitySelfAssessment; earlier: MaturitySelfAssessment | null } | null {
  const order = (a: MaturitySelfAssessment, b: MaturitySelfAssessment) =>
    b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
  const [latest] = [...all].sort(order);
  if (!latest) return null;
  const earlier =
    [...all]
      .filter(
        (m) =>
          m.id !== latest.id &&
          m.model.packId === latest.model.packId &&
          m.model.templateId === latest.model.templateId &&
          m.date < latest.date,
      )
      .sort(order)[0] ?? null;
  return { latest, earlier };
}

export async function exportAssessment(input: DocumentExport, packsFolder?: string): Promise<WrittenDocument> {
  const { contents, author, marking, now } = input;
  const assessment = chooseAssessment(contents, input.values.get('id'));
  const standard = await pinnedBuiltIn(assessment.standard, 'standard', packsFolder);
  if ('problem' in standard)
    throw new InputError(`the assessment ${assessment.id} cannot be exported: ${standard.problem}`);
  const notes: string[] = [];
  const chosen = chooseMaturity(contents.maturityAssessments ?? []);
  let maturity: {
    assessment: MaturitySelfAssessment;
    model: MaturityModelTemplate;
    earlier: MaturitySelfAssessment | null;
  } | null = null;
  if (chosen) {
    const model = await pinnedBuiltIn(chosen.latest.model, 'maturity-model', packsFolder);
    if ('problem' in model)
      notes.push(
        `The maturity self-assessment of ${chosen.latest.date} was left out of the document: ${model.problem}`,
      );
    else {
      const earlier =
        chosen.earlier && chosen.earlier.model.version === chosen.latest.model.version ? chosen.earlier : null;
      maturity = { assessment: chosen.latest, model: model.template, earlier };
    }
  }
  const bytes = await renderAssessmentDocx({
    project: contents.project,
    author,
    marking,
    assessment,
    standard: standard.template satisfies StandardTemplate,
    evidence: contents.evidence,
    attachments: contents.attachments.map((a) => a.meta),
    maturity,
    now,
  });
  const label = ASSESSMENT_STAGE_LABELS[assessment.stage].toLowerCase();
  return {
    bytes,
    description: `the ${label} of "${contents.project.name}" against ${standard.template.title}${maturity ? ', with its maturity self-assessment' : ''}, by ${author}`,
    notes,
  };
}

/** A revision number from the command line: a whole number of 1 or more. */
function revisionNumber(values: ReadonlyMap<string, string>, option: 'revision' | 'compare-to'): number | undefined {
  const given = values.get(option);
  if (given === undefined) return undefined;
  if (!/^[1-9][0-9]{0,5}$/.test(given))
    throw new UsageError(`--${option} must be a revision number such as 1 or 2, not "${given}".`);
  return Number(given);
}

function pickRevision(revisions: readonly CaseRevision[], number: number | undefined): CaseRevision {
  try {
    return chooseRevision(revisions, number);
  } catch (error) {
    if (error instanceof RevisionNotFoundError) throw new InputError(error.message);
    throw error;
  }
}

export async function exportBusinessCase(input: DocumentExport, packsFolder?: string): Promise<WrittenDocument> {
  const { contents, author, marking, now } = input;
  const revisionAsked = revisionNumber(input.values, 'revision');
  const compareTo = revisionNumber(input.values, 'compare-to');
  const name = contents.project.name;
  const businessCase = contents.businessCases?.[0];
  if (!businessCase)
    throw new InputError(`"${name}" has no business case, so there is nothing to export; start one in the app.`);
  const revisions = (contents.caseRevisions ?? []).filter((r) => r.caseId === businessCase.id);
  const revision = pickRevision(revisions, revisionAsked);
  const other = compareTo === undefined ? null : pickRevision(revisions, compareTo);
  if (other && other.number === revision.number)
    throw new UsageError(`--compare-to names revision ${other.number}, the same revision; compare two different ones.`);
  const template = await pinnedBuiltIn(businessCase.template, 'business-case', packsFolder);
  if ('problem' in template) throw new InputError(`the business case cannot be exported: ${template.problem}`);
  const project = { name, department: contents.project.department, owner: contents.project.owner };
  const caseTemplate: BusinessCaseTemplate = template.template;
  if (other) {
    const [older, newer] = other.number < revision.number ? [other, revision] : [revision, other];
    const bytes = await renderBusinessCaseComparisonDocx({
      project,
      author,
      marking,
      businessCase,
      older,
      newer,
      revisions,
      template: caseTemplate,
      now,
    });
    return {
      bytes,
      description: `the changes to the business case of "${name}" from revision ${older.number} to revision ${newer.number}, as tracked changes, by ${author}`,
      notes: [],
    };
  }
  const bytes = await renderBusinessCaseDocx({
    project,
    author,
    marking,
    businessCase,
    revisions,
    revisionNumber: revision.number,
    template: caseTemplate,
    evidenceTitles: Object.fromEntries(contents.evidence.map((e) => [e.id, e.title])),
    now,
  });
  return {
    bytes,
    description: `revision ${revision.number} of the business case of "${name}", by ${author}`,
    notes: [],
  };
}
