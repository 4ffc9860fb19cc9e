// The maturity self-assessment chapter of the assessment document: the model and dates in a sentence, a
// chart of current against target (and an earlier self-assessment) drawn by the word processor with a
// description for screen readers, and the same numbers as a table beside it with the gap and the next step.
import type { DocBlock, DocChart, DocSection, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { MaturityModelTemplate } from '../domain/pack';
import {
  compareMaturity,
  maturityChartData,
  maturityGaps,
  maturityRows,
  type MaturityChartData,
  type MaturityMovement,
  type MaturitySelfAssessment,
} from '../domain/assessment/maturity-self-assessment';
import { displayDate } from './display-text';

export interface MaturityInput {
  assessment: MaturitySelfAssessment;
  model: MaturityModelTemplate;
  /** An earlier self-assessment on the same model, to compare with. */
  earlier?: MaturitySelfAssessment | null;
}

/** Colours of the chart's bars, told apart by shade as well as hue so that they survive black and white print. */
export const CHART_COLOURS = { earlier: 'B1B4B6', current: '1D70B8', target: '0B0C0C' } as const;

const MOVEMENT_WORDS: Record<MaturityMovement, string> = {
  up: 'moved up',
  down: 'moved down',
  same: 'no change',
  'not-comparable': '',
};

function levelWords(data: MaturityChartData, value: number | null): string {
  if (value === null) return 'Not scored';
  return `${value}. ${data.levels[value - 1] ?? ''}`.trim();
}

/** What the chart shows, in sentences, for people who cannot see it. */
export function maturityAltText(data: MaturityChartData, hasEarlier: boolean): string {
  const scale = data.levels.map((label, index) => `${index + 1} ${label}`).join(', ');
  const rows = data.rows
    .map((row) => {
      const parts = [
        `current ${row.current ?? 'not scored'}`,
        `target ${row.target ?? 'not set'}`,
        ...(hasEarlier ? [`earlier ${row.earlier ?? 'not scored'}`] : []),
      ];
      return `${row.label}: ${parts.join(', ')}`;
    })
    .join('; ');
  return `Bar chart of the maturity level of each category, current against target${hasEarlier ? ' and the earlier self-assessment' : ''}, on levels ${scale}. ${rows}. The same figures are in the table after the chart.`;
}

function chartBlock(data: MaturityChartData, hasEarlier: boolean, modelTitle: string): DocChart {
  const series = [
    ...(hasEarlier
      ? [{ name: 'Earlier', values: data.rows.map((row) => row.earlier), colour: CHART_COLOURS.earlier }]
      : []),
    { name: 'Current', values: data.rows.map((row) => row.current), colour: CHART_COLOURS.current },
    { name: 'Target', values: data.rows.map((row) => row.target), colour: CHART_COLOURS.target },
  ];
  const levels = data.levels.length;
  // Each category has one bar per series: enough height that the labels never crowd.
  const height = Math.min(900, 110 + data.rows.length * (18 + 14 * series.length));
  return {
    kind: 'chart',
    caption: `Maturity on the ${modelTitle}: current against target`,
    categories: data.rows.map((row) => row.label),
    series,
    axis: {
      title: `Level: ${data.levels.map((label, index) => `${index + 1} ${label}`).join(', ')}`,
      minimum: 0,
      maximum: levels,
      interval: 1,
    },
    altText: maturityAltText(data, hasEarlier),
    width: 640,
    height,
  };
}

/** The chapter of the self-assessment: a sentence, the chart (once anything is scored) and the table. */
/** "5 of 8 categories are scored and 2 are below the target." or "No category is scored yet." */
function scoredWords(scored: number, total: number, belowTarget: number): string {
  if (scored === 0) return `No category is scored yet.`;
  const of = `${scored} of ${total} ${total === 1 ? 'category is' : 'categories are'} scored`;
  if (belowTarget === 0) return `${of}, and none is below its target.`;
  return `${of}, and ${belowTarget === 1 ? 'one is' : `${belowTarget} are`} below the target.`;
}

export function maturitySection(input: MaturityInput): DocSection {
  const { assessment, model } = input;
  const earlier = input.earlier ?? null;
  const data = maturityChartData(assessment, model, earlier);
  const gaps = new Map(maturityGaps(assessment, model).map((gap) => [gap.row.key, gap]));
  const moves = earlier ? new Map(compareMaturity(earlier, assessment, model).map((c) => [c.row.key, c])) : null;
  const scores = new Map(
    assessment.scores.map((score) => [
      score.dimensionId === null ? score.categoryId : `${score.categoryId}/${score.dimensionId}`,
      score,
    ]),
  );
  const rows = maturityRows(model);
  const scored = data.rows.filter((row) => row.current !== null).length;
  const intro = paragraphBlock(
    `The team scored the project on the ${model.title} (version ${model.version}) on ${displayDate(assessment.date)}. ${scoredWords(scored, rows.length, gaps.size)}${earlier ? ` The chart and table also show the earlier self-assessment of ${displayDate(earlier.date)}.` : ''}`,
  );
  const columns = [
    { heading: 'Category', weight: 5 },
    { heading: 'Current', weight: 2 },
    { heading: 'Target', weight: 2 },
    ...(earlier ? [{ heading: 'Earlier', weight: 3 }] : []),
    { heading: 'Gap', weight: 2 },
    { heading: 'Next step', weight: 6 },
  ];
  const table: DocBlock = {
    kind: 'table',
    caption: 'Maturity scores, targets and next steps',
    description:
      'Each category of the model: the level now, the target level, the earlier level, the gap in levels and the next step to close it.',
    columns,
    // Kept whole, on the chart's page when it fits there and on the next otherwise, rather than split after a row or two.
    keepTogether: true,
    rows: data.rows.map((row): TableCellValue[] => {
      const gap = gaps.get(row.key);
      const score = scores.get(row.key);
      const move = moves?.get(row.key);
      const movement = move ? MOVEMENT_WORDS[move.movement] : '';
      const lever = score?.lever.trim() ?? '';
      return [
        row.label,
        levelWords(data, row.current),
        row.target === null ? 'Not set' : levelWords(data, row.target),
        ...(earlier ? [`${levelWords(data, row.earlier)}${movement ? ` (${movement})` : ''}`] : []),
        gap
          ? { text: gap.levels === 1 ? '1 level' : `${gap.levels} levels`, tone: 'warning' }
          : row.current !== null && row.target !== null
            ? { text: 'Met', tone: 'good' }
            : 'Not known',
        gap
          ? lever || { text: 'Not written yet', tone: 'bad' }
          : lever || (row.current !== null && row.target !== null ? 'None needed' : 'Not known yet'),
      ];
    }),
  };
  const blocks: DocBlock[] = [intro];
  if (scored > 0) blocks.push(chartBlock(data, earlier !== null, model.title));
  else blocks.push(paragraphBlock('No category has been scored yet, so there is no chart.'));
  blocks.push(table);
  return { title: 'Maturity self-assessment', newPage: true, blocks };
}
