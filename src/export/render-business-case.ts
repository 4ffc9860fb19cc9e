// The business case as a Word document: a title page saying which classic Treasury document it stands in
// for at its gate, document control from the revision history and the approvals, then the five cases
// (and the template's other sections) with their text and the structured parts as real tables. Pure:
// it reads the records it is given and returns a document model (or the .docx bytes); it touches no
// database and no screen. It is the project's document: the project's name, department and owner on the
// cover, the person exporting as author and the revision's author on its changes, never the application.
import { sectionFlag } from '../domain/business-case/assumptions';
import { FIVE_CASES, classicDocumentSentence } from '../domain/business-case/gates';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import type { DocBlock, DocSection, DocumentControl, DocumentModel, DocumentStatus } from '../domain/document-model';
import { normaliseMarking, paragraphBlock } from '../domain/document-model';
import type { BusinessCaseSection, BusinessCaseTemplate, STRUCTURED_PARTS } from '../domain/pack';
import type { Project } from '../domain/project';
import { plainText, type RichTextDoc } from '../domain/rich-text';
import {
  approvalOutcome,
  approvalWho,
  approvalsBlocks,
  assumptionsBlocks,
  benefitsBlocks,
  costsBlocks,
  decisionsBlocks,
  dependenciesBlocks,
  optionsBlocks,
  risksBlocks,
  type PartsContext,
} from './business-case-parts';
import { caseSubtitle, documentAuthor, revisionDay, revisionWords, sectionTitles } from './business-case-words';
import { renderDocx, type DocxOptions } from './render-docx';

export interface BusinessCaseExportOptions {
  /**
   * Ids of the template's top-level sections to include (the five cases are `strategic`, `economic`,
   * `commercial`, `financial` and `management`; the built-in template also has `summary` and
   * `learn-next`). Every section when left out.
   */
  cases?: readonly string[];
}

export interface BusinessCaseDocInput {
  project: Pick<Project, 'name' | 'department' | 'owner'>;
  /** The person exporting ("Your name" in Settings, or `--author` on the command line). */
  author: string;
  /** The classification marking; OFFICIAL when left out. */
  marking?: string;
  businessCase: BusinessCase;
  /** Every revision of the case (any order): the document control table lists those up to the chosen one. */
  revisions: readonly CaseRevision[];
  /** The revision to export; the latest when left out. */
  revisionNumber?: number;
  /** The template the case was made from (its sections, in order, and which holds which structured part). */
  template: BusinessCaseTemplate;
  /** Titles of the project's evidence items by id, to name the evidence behind each assumption. */
  evidenceTitles?: Readonly<Record<string, string>>;
  options?: BusinessCaseExportOptions;
  /** When the document is made: its date, and the Word file's created time. */
  now: Date;
  /** Draft for a draft revision, final for a frozen one, when left out. */
  status?: DocumentStatus;
}

type StructuredPart = (typeof STRUCTURED_PARTS)[number];

const PART_BLOCKS: Record<StructuredPart, (context: PartsContext) => DocBlock[]> = {
  assumptions: assumptionsBlocks,
  options: optionsBlocks,
  costs: costsBlocks,
  benefits: benefitsBlocks,
  risks: (context) => [...risksBlocks(context), ...dependenciesBlocks(context)],
  decisions: decisionsBlocks,
};

const PART_TITLES: Record<StructuredPart, string> = {
  assumptions: 'Assumptions',
  options: 'Options appraisal',
  costs: 'Costs',
  benefits: 'Benefits',
  risks: 'Risks and dependencies',
  decisions: 'Decisions',
};

/** Thrown when the revision asked for is not among the case's revisions. */
export class RevisionNotFoundError extends Error {
  constructor(number: number, available: readonly number[]) {
    super(
      available.length === 0
        ? 'This business case has no revisions yet.'
        : `There is no revision ${number}; this business case has revision${available.length === 1 ? '' : 's'} ${available.join(', ')}.`,
    );
    this.name = 'RevisionNotFoundError';
  }
}

/** The revision with this number, or the latest one. */
export function chooseRevision(revisions: readonly CaseRevision[], number?: number): CaseRevision {
  const sorted = [...revisions].sort((a, b) => a.number - b.number);
  const found = number === undefined ? sorted.at(-1) : sorted.find((r) => r.number === number);
  if (!found)
    throw new RevisionNotFoundError(
      number ?? 0,
      sorted.map((r) => r.number),
    );
  return found;
}

function hasText(doc: RichTextDoc | undefined): doc is RichTextDoc {
  return doc !== undefined && plainText(doc).trim().length > 0;
}

/** The template's top-level sections to include, in template order. */
export function includedSections(
  template: BusinessCaseTemplate,
  options: BusinessCaseExportOptions = {},
): BusinessCaseSection[] {
  const chosen = options.cases ? new Set(options.cases) : null;
  return template.sections.filter((section) => !chosen || chosen.has(section.id));
}

function flagBlock(revision: CaseRevision, sectionId: string, titles: ReadonlyMap<string, string>): DocBlock[] {
  const flag = sectionFlag(revision, sectionId);
  if (!flag) return [];
  // The assumption keeps its own full stop inside the quotation marks; none is added after them.
  const quoted = flag.disproved
    .map((a) => a.text.trim())
    .map((text) => `\u201C${/[.!?]$/.test(text) ? text : `${text}.`}\u201D`)
    .join(' ');
  const one = flag.disproved.length === 1;
  return [
    {
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Disproved assumption: ', bold: true },
        {
          kind: 'text',
          text: `this section (${titles.get(sectionId) ?? sectionId}) depends on ${one ? 'an assumption that has' : 'assumptions that have'} been disproved: ${quoted} Read it with that in mind: what it says may no longer hold.`,
        },
      ],
    },
  ];
}

function sectionBlocks(
  section: Pick<BusinessCaseSection, 'id' | 'structured'>,
  context: PartsContext,
  saysWhenEmpty = true,
): DocBlock[] {
  const { revision, titles } = context;
  const content = revision.sections[section.id];
  const blocks: DocBlock[] = [...flagBlock(revision, section.id, titles)];
  if (hasText(content)) blocks.push({ kind: 'richText', content });
  else if (!section.structured && saysWhenEmpty)
    blocks.push(paragraphBlock('Nothing has been written in this section yet.'));
  if (section.structured) blocks.push(...PART_BLOCKS[section.structured](context));
  return blocks;
}

function caseSection(section: BusinessCaseSection, context: PartsContext): DocSection {
  const subs = section.sections ?? [];
  return {
    title: section.title,
    newPage: true,
    // A case whose text lives in its sub-sections needs no "nothing written" line of its own.
    blocks: sectionBlocks(section, context, subs.length === 0),
    sections: subs.map((sub) => ({ title: sub.title, blocks: sectionBlocks(sub, context) })),
  };
}

/** Structured parts the template gives no section for, so nothing the case holds is left out. */
function unplacedParts(template: BusinessCaseTemplate, context: PartsContext): DocSection | null {
  const placed = new Set<StructuredPart>();
  for (const section of template.sections) {
    if (section.structured) placed.add(section.structured);
    for (const sub of section.sections ?? []) if (sub.structured) placed.add(sub.structured);
  }
  const missing = (Object.keys(PART_BLOCKS) as StructuredPart[]).filter((part) => !placed.has(part));
  if (missing.length === 0) return null;
  return {
    title: 'Other parts of the case',
    newPage: true,
    blocks: [paragraphBlock('Parts of the case the template gives no section of their own.')],
    sections: missing.map((part) => ({ title: PART_TITLES[part], blocks: PART_BLOCKS[part](context) })),
  };
}

/** The version history (revisions up to `upTo`) and the approvals of the revision, for document control. */
export function caseDocumentControl(revisions: readonly CaseRevision[], upTo: CaseRevision): DocumentControl {
  const history = [...revisions]
    .filter((r) => r.number <= upTo.number)
    .sort((a, b) => a.number - b.number)
    .map((r) => ({
      version: String(r.number),
      date: revisionDay(r),
      author: documentAuthor(r.author, 'Project team'),
      summary: `${r.summary.trim() || (r.number === 1 ? 'First revision.' : 'No summary given.')}${
        r.status === 'draft' ? ' (Draft, not yet frozen.)' : ''
      }`,
    }));
  return {
    history,
    approvals: upTo.approvals.map((a) => ({
      ...approvalWho(a),
      date: a.date,
      outcome: approvalOutcome(a),
    })),
    blankApprovalRows: 2,
  };
}

export interface CaseMetaInput {
  project: BusinessCaseDocInput['project'];
  author: string;
  marking?: string;
  businessCase: BusinessCase;
  revision: CaseRevision;
  now: Date;
  status?: DocumentStatus;
}

export function caseMeta(
  input: CaseMetaInput,
  title: string,
  subtitle: string,
  description: string,
): DocumentModel['meta'] {
  const { project, businessCase, revision } = input;
  return {
    title,
    subtitle,
    project: project.name,
    department: project.department.trim() || undefined,
    owner: project.owner.trim() || undefined,
    version: String(revision.number),
    date: input.now.toISOString().slice(0, 10),
    author: documentAuthor(input.author, revision.author),
    status: input.status ?? (revision.status === 'frozen' ? 'final' : 'draft'),
    marking: normaliseMarking(input.marking ?? 'OFFICIAL'),
    subject: caseSubtitle(businessCase, revision),
    keywords: ['business case', 'Five Case Model', caseSubtitle(businessCase, revision), project.name],
    description,
  };
}

/** The document model of one revision of a business case. */
export function businessCaseDocument(input: BusinessCaseDocInput): DocumentModel {
  const { businessCase, template } = input;
  const revision = chooseRevision(input.revisions, input.revisionNumber);
  const titles = sectionTitles(template);
  const context: PartsContext = { revision, titles, evidenceTitles: input.evidenceTitles ?? {} };
  const sections = includedSections(template, input.options);
  const five = FIVE_CASES.filter((c) => sections.some((s) => s.id === c.id)).map((c) => c.title.toLowerCase());
  const about: DocSection = {
    title: 'About this business case',
    blocks: [
      paragraphBlock(
        `${revisionWords(revision)} of the business case for ${input.project.name}, written by ${documentAuthor(revision.author, input.author)}. ${classicDocumentSentence(revision.gate, businessCase.smallScheme)}`,
      ),
      paragraphBlock(
        five.length === FIVE_CASES.length
          ? 'It follows the Five Case Model of HM Treasury\u2019s Green Book: the strategic, economic, commercial, financial and management cases. It is honest about what is known, what is assumed and what is still to learn; each assumption says how and when it will be tested.'
          : `This document holds only part of the case: ${sections.map((s) => s.title.toLowerCase()).join(', ')}.`,
      ),
    ],
  };
  const body = sections.map((section) => caseSection(section, context));
  const extra = unplacedParts(template, context);
  return {
    meta: caseMeta(
      { ...input, revision },
      businessCase.title,
      caseSubtitle(businessCase, revision),
      `${revisionWords(revision)} of the business case for ${input.project.name}.`,
    ),
    control: caseDocumentControl(input.revisions, revision),
    contents: true,
    sections: [
      about,
      ...body,
      ...(extra ? [extra] : []),
      { title: 'Approvals and conditions', newPage: true, blocks: approvalsBlocks(context) },
    ],
  };
}

/** The business case revision as the bytes of a Word document. */
export async function renderBusinessCaseDocx(
  input: BusinessCaseDocInput,
  docx: Omit<DocxOptions, 'now'> = {},
): Promise<Uint8Array> {
  return renderDocx(businessCaseDocument(input), { ...docx, now: input.now });
}
