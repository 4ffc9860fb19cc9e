// Two revisions of a business case compared in one Word document: the text of each changed section as
// Word tracked changes (insertions and deletions attributed to the later revision's author and the day
// it was frozen), then tables of the assumptions whose status changed, the options closed, the cost
// ranges before and after, and the approvals added. Pure, like the case document itself.
import { compareRevisions, type RangeTrend } from '../domain/business-case/compare';
import { FIVE_CASES, gateLabel } from '../domain/business-case/gates';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import { APPROVAL_DECISION_LABELS, APPROVAL_ROUTE_LABELS } from '../domain/business-case/model';
import type { DocBlock, DocSection, DocumentModel, DocumentStatus, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { BusinessCaseTemplate } from '../domain/pack';
import { PHASE_LABELS } from '../domain/project';
import type { RichTextDoc } from '../domain/rich-text';
import {
  assumptionStatusCell,
  caseSubtitle,
  dateOrNot,
  documentAuthor,
  money,
  percentWords,
  rangeLines,
  revisionWords,
  sectionTitles,
} from './business-case-words';
import { displayDate } from './display-text';
import {
  caseDocumentControl,
  caseMeta,
  includedSections,
  type BusinessCaseDocInput,
  type BusinessCaseExportOptions,
} from './render-business-case';
import { renderDocx, type DocxOptions } from './render-docx';

export interface BusinessCaseComparisonInput {
  project: BusinessCaseDocInput['project'];
  /** The person exporting: the document's author. The changes themselves are the later revision's author's. */
  author: string;
  marking?: string;
  businessCase: BusinessCase;
  /** The earlier and the later revision of the same case (swapped if given the other way round). */
  older: CaseRevision;
  newer: CaseRevision;
  /** Every revision of the case, for the document control table; the two compared when left out. */
  revisions?: readonly CaseRevision[];
  template: BusinessCaseTemplate;
  options?: BusinessCaseExportOptions;
  now: Date;
  status?: DocumentStatus;
}

/** A section with nothing in it, so a new section reads as wholly inserted (not an empty line removed). */
const NOTHING: RichTextDoc = { type: 'doc', content: [] };

const TREND_WORDS: Record<RangeTrend, { text: string; tone: 'good' | 'warning' | 'neutral' }> = {
  narrowed: { text: 'Narrowed', tone: 'good' },
  widened: { text: 'Widened', tone: 'warning' },
  moved: { text: 'Moved, same width', tone: 'neutral' },
  same: { text: 'No change', tone: 'neutral' },
  added: { text: 'New in the later revision', tone: 'neutral' },
  removed: { text: 'Removed', tone: 'neutral' },
};

/** Who the tracked changes are attributed to, and when: the later revision's author, on the day it was frozen. */
export function changeAttribution(newer: CaseRevision, fallbackAuthor: string): { author: string; date: string } {
  return { author: documentAuthor(newer.author, fallbackAuthor), date: newer.frozenAt ?? newer.updatedAt };
}

function textChanges(input: BusinessCaseComparisonInput, older: CaseRevision, newer: CaseRevision): DocSection[] {
  const { template } = input;
  const order = template.sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((sub) => sub.id)]);
  const comparison = compareRevisions(older, newer, order);
  const changed = new Map(comparison.sections.map((c) => [c.sectionId, c]));
  const { author, date } = changeAttribution(newer, input.author);
  const block = (sectionId: string): DocBlock => ({
    kind: 'comparison',
    before: older.sections[sectionId] ?? NOTHING,
    after: newer.sections[sectionId] ?? NOTHING,
    author,
    date,
  });
  const changeWord = (sectionId: string): string => {
    const change = changed.get(sectionId)?.change;
    return change === 'added' ? ' (new)' : change === 'removed' ? ' (removed)' : '';
  };
  return includedSections(template, input.options).flatMap((section): DocSection[] => {
    const subs = (section.sections ?? []).filter((sub) => changed.has(sub.id));
    if (!changed.has(section.id) && subs.length === 0) return [];
    return [
      {
        title: section.title,
        newPage: true,
        blocks: changed.has(section.id) ? [block(section.id)] : [],
        sections: subs.map((sub) => ({ title: `${sub.title}${changeWord(sub.id)}`, blocks: [block(sub.id)] })),
      },
    ];
  });
}

function summaryTables(input: BusinessCaseComparisonInput, older: CaseRevision, newer: CaseRevision): DocSection {
  const titles = sectionTitles(input.template);
  const comparison = compareRevisions(older, newer);
  const blocks: DocBlock[] = [];
  blocks.push({ kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text: 'Assumptions', bold: true }] });
  blocks.push(
    comparison.assumptions.length === 0
      ? paragraphBlock('No assumption changed status.')
      : {
          kind: 'table',
          caption: 'Assumptions that changed status',
          columns: [
            { heading: 'Assumption', weight: 6 },
            { heading: `Revision ${older.number}`, weight: 2 },
            { heading: `Revision ${newer.number}`, weight: 2 },
            { heading: 'Sections that depend on it', weight: 3 },
          ],
          rows: comparison.assumptions.map((change): TableCellValue[] => {
            const now =
              newer.assumptions.find((a) => a.id === change.id) ?? older.assumptions.find((a) => a.id === change.id);
            const sections = [...new Set(now?.sectionIds ?? [])].map((id) => titles.get(id) ?? id);
            return [
              change.text,
              change.before === null
                ? { text: 'Not yet recorded', tone: 'neutral' }
                : assumptionStatusCell(change.before),
              assumptionStatusCell(change.after),
              sections.length > 0 ? { text: sections.join('\n'), bulleted: sections.length > 1 } : 'None named',
            ];
          }),
        },
  );
  blocks.push({ kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text: 'Options', bold: true }] });
  blocks.push(
    comparison.optionsClosed.length === 0
      ? paragraphBlock('No option was closed.')
      : {
          kind: 'table',
          caption: 'Options closed',
          columns: [
            { heading: 'Option', weight: 4 },
            { heading: 'Why it was closed', weight: 6 },
          ],
          rows: comparison.optionsClosed.map((o): TableCellValue[] => [o.title, o.closedReason || 'No reason given']),
        },
  );
  const preferredBefore = older.options.options.find((o) => o.id === older.options.preferredOptionId);
  const preferredAfter = newer.options.options.find((o) => o.id === newer.options.preferredOptionId);
  if (preferredBefore?.id !== preferredAfter?.id)
    blocks.push(
      paragraphBlock(
        `Preferred option in revision ${older.number}: ${preferredBefore ? preferredBefore.title : 'none'}. In revision ${newer.number}: ${preferredAfter ? preferredAfter.title : 'none'}${preferredAfter && newer.options.preferredReason.trim() ? `, because ${newer.options.preferredReason.trim().replace(/^./, (c) => c.toLowerCase())}` : '.'}`,
      ),
    );
  blocks.push({ kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text: 'Cost ranges', bold: true }] });
  blocks.push(
    comparison.costRanges.length === 0
      ? paragraphBlock('Neither revision has costs.')
      : {
          kind: 'table',
          caption: 'Cost ranges by phase, before and after',
          description:
            'For each phase, the low, likely and high cost in each revision (before optimism bias), and whether the range narrowed or widened.',
          columns: [
            { heading: 'Phase', weight: 2 },
            { heading: `Revision ${older.number}`, weight: 4 },
            { heading: `Revision ${newer.number}`, weight: 4 },
            { heading: 'Change', weight: 3 },
          ],
          rows: comparison.costRanges.map((c): TableCellValue[] => {
            const gap = (r: typeof c.before) => (r ? r.high - r.low : 0);
            const trend = TREND_WORDS[c.trend];
            const by =
              c.trend === 'narrowed' && gap(c.after) === 0
                ? ' to a firm figure'
                : c.trend === 'narrowed' || c.trend === 'widened'
                  ? `: the gap between low and high went from ${money(gap(c.before))} to ${money(gap(c.after))}`
                  : '';
            return [
              PHASE_LABELS[c.phase],
              rangeLines(c.before),
              rangeLines(c.after),
              { text: `${trend.text}${by}`, tone: trend.tone },
            ];
          }),
        },
  );
  if (older.costs.optimismBiasPercent !== newer.costs.optimismBiasPercent)
    blocks.push(
      paragraphBlock(
        `The optimism bias uplift went from ${percentWords(older.costs.optimismBiasPercent)} to ${percentWords(newer.costs.optimismBiasPercent)}.`,
      ),
    );
  blocks.push({ kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text: 'Approvals', bold: true }] });
  blocks.push(
    comparison.approvalsAdded.length === 0
      ? paragraphBlock('No approval was added.')
      : {
          kind: 'table',
          caption: 'Approvals added',
          columns: [
            { heading: 'Approved by', weight: 4 },
            { heading: 'Route', weight: 3 },
            { heading: 'Date', weight: 2 },
            { heading: 'Decision', weight: 3 },
          ],
          rows: comparison.approvalsAdded.map((a): TableCellValue[] => [
            a.body || APPROVAL_ROUTE_LABELS[a.route],
            APPROVAL_ROUTE_LABELS[a.route],
            dateOrNot(a.date, 'Not yet'),
            APPROVAL_DECISION_LABELS[a.decision],
          ]),
        },
  );
  return { title: 'What else changed', newPage: true, blocks };
}

/** The document model comparing two revisions of a business case. */
export function businessCaseComparisonDocument(input: BusinessCaseComparisonInput): DocumentModel {
  const [older, newer] =
    input.older.number <= input.newer.number ? [input.older, input.newer] : [input.newer, input.older];
  if (older.caseId !== newer.caseId) throw new Error('Only revisions of the same business case can be compared.');
  const { businessCase, project } = input;
  const { author, date } = changeAttribution(newer, input.author);
  const text = textChanges(input, older, newer);
  const five = new Set<string>(FIVE_CASES.map((c) => c.id));
  const casesShown = includedSections(input.template, input.options).filter((s) => five.has(s.id)).length;
  const about: DocSection = {
    title: 'About this comparison',
    blocks: [
      paragraphBlock(
        `The changes to the business case for ${project.name} between ${revisionWords(older)} and ${revisionWords(newer)}.`,
      ),
      paragraphBlock(
        older.gate === newer.gate
          ? `Both revisions ask for the same decision: ${gateLabel(newer.gate).toLowerCase()}.`
          : `Revision ${older.number} asked to ${gateLabel(older.gate).toLowerCase()} (${caseSubtitle(businessCase, older).split(':')[0]}); revision ${newer.number} asks to ${gateLabel(newer.gate).toLowerCase()} (${caseSubtitle(businessCase, newer).split(':')[0]}).`,
      ),
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'What changed and why, in the words of the later revision: ', bold: true },
          { kind: 'text', text: newer.summary.trim() || 'No summary given.' },
        ],
      },
      paragraphBlock(
        text.length === 0
          ? 'No section text changed.'
          : `Changes to the text are Word tracked changes by ${author}, dated ${displayDate(date)}${
              newer.status === 'frozen' ? ', the day the revision was frozen' : ', the day the draft was last changed'
            }. In Word, use Review to see, accept or reject each one. Sections that did not change are left out${
              casesShown < FIVE_CASES.length ? ', as are the cases not chosen for this document' : ''
            }.`,
      ),
    ],
  };
  return {
    meta: caseMeta(
      { ...input, revision: newer },
      `${businessCase.title}: changes from revision ${older.number} to ${newer.number}`,
      caseSubtitle(businessCase, newer),
      `The changes between revisions ${older.number} and ${newer.number} of the business case for ${project.name}.`,
    ),
    control: caseDocumentControl(input.revisions ?? [older, newer], newer),
    contents: true,
    sections: [about, ...text, summaryTables(input, older, newer)],
  };
}

/** The comparison of two revisions as the bytes of a Word document with tracked changes. */
export async function renderBusinessCaseComparisonDocx(
  input: BusinessCaseComparisonInput,
  docx: Omit<DocxOptions, 'now'> = {},
): Promise<Uint8Array> {
  return renderDocx(businessCaseComparisonDocument(input), { ...docx, now: input.now });
}
