// A standard (a checklist of points) as a printable checklist: a summary table of every point to
// fill in, then one page per point with its summary, guidance, what assessors look for by phase,
// examples of evidence, and a table with room for the status, notes and evidence.
import type { DocBlock, DocSection, DocTable } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { StandardPoint, StandardTemplate } from '../domain/pack';
import type { Phase } from '../domain/project';
import { PHASES } from '../domain/project';
import { richTextFromPlainText } from '../domain/rich-text';
import { bulletList, boldLabel, otherTitles, writingSpace } from './render-template-parts';

/** The statuses a point is scored with, as the app shows them. */
export const CHECKLIST_STATUSES = ['Not started', 'In progress', 'Ready', 'Not applicable'] as const;

/** The tick options for a point's status, one box per status. */
export function statusTickOptions(): string {
  return CHECKLIST_STATUSES.map((status) => `\u2610 ${status}`).join('     ');
}

/** "Point 1: Understand users and their needs"; points whose id is not a number keep it as a prefix. */
export function pointHeading(point: StandardPoint): string {
  return /^\d+$/.test(point.id) ? `Point ${point.id}: ${point.title}` : `${point.id}: ${point.title}`;
}

function summaryTable(template: StandardTemplate, language: string): DocTable {
  return {
    kind: 'table',
    caption: 'Summary of points',
    columns: [
      { heading: 'Point', weight: 9 },
      { heading: 'Title', weight: 45 },
      { heading: 'Status', weight: 18 },
      { heading: 'Notes', weight: 28 },
    ],
    rows: template.points.map((point) => {
      const others = otherTitles(point.titles, language);
      return [point.id, others.length > 0 ? { text: point.title, otherLanguages: others } : point.title, '', ''];
    }),
  };
}

function lookFor(point: StandardPoint, phase: Phase | undefined): DocBlock[] {
  const byPhase = point.look_for ?? {};
  const phases = phase ? [phase] : PHASES.filter((p) => (byPhase[p] ?? []).length > 0);
  return phases.flatMap((p): DocBlock[] => {
    const items = byPhase[p] ?? [];
    if (items.length === 0) return [paragraphBlock(`Nothing specific is listed for assessors to look for at ${p}.`)];
    return [boldLabel(`At ${p}, assessors look for:`), bulletList(items)];
  });
}

function assessmentTable(point: StandardPoint): DocTable {
  return {
    kind: 'table',
    caption: `Your notes and evidence for point ${point.id}`,
    columns: [
      { heading: 'Record', weight: 18 },
      { heading: 'Your entry', weight: 82 },
    ],
    keepTogether: true,
    rows: [
      ['Status (tick one)', statusTickOptions()],
      ['Notes', writingSpace(9)],
      ['Evidence (what it is and where it is kept)', writingSpace(9)],
    ],
  };
}

/**
 * One point on its own page. Its parts are introduced by bold labels rather than headings, so the
 * contents lists the points alone and stays on one page.
 */
function pointSection(point: StandardPoint, phase: Phase | undefined, language: string): DocSection {
  const blocks: DocBlock[] = [paragraphBlock(point.summary)];
  if (point.guidance)
    blocks.push(boldLabel('Guidance'), { kind: 'richText', content: richTextFromPlainText(point.guidance) });
  blocks.push(...lookFor(point, phase));
  if ((point.evidence ?? []).length > 0)
    blocks.push(boldLabel('Examples of evidence'), bulletList(point.evidence ?? []));
  blocks.push(assessmentTable(point));
  const others = otherTitles(point.titles, language);
  return { title: pointHeading(point), ...(others.length > 0 ? { otherTitles: others } : {}), newPage: true, blocks };
}

/**
 * The "how to use" paragraphs and the body sections of a standard rendered as a checklist;
 * `language` is the pack's, which titles in other languages take their region from.
 */
export function standardSections(
  template: StandardTemplate,
  phase: Phase | undefined,
  language: string,
): { howTo: DocBlock[]; sections: DocSection[] } {
  const howTo = [
    paragraphBlock(
      `The standard has ${template.points.length} points. Each point starts on a new page with what it means, guidance, what assessors look for and examples of evidence, followed by a table to record your status, notes and evidence.`,
    ),
    paragraphBlock(
      `Give each point one status: ${CHECKLIST_STATUSES.join(', ')}. Then copy the statuses into the summary of points, so the whole picture fits on one page.`,
    ),
  ];
  const summary: DocSection = {
    title: 'Summary of points',
    newPage: true,
    blocks: [paragraphBlock('Fill this in as you work through the points.'), summaryTable(template, language)],
  };
  return { howTo, sections: [summary, ...template.points.map((point) => pointSection(point, phase, language))] };
}
