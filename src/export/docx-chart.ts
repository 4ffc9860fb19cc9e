// A bar chart as a Word chart: drawn by Word or LibreOffice from data kept in the document, so it stays sharp
// at any size, prints, and can be edited with Word's Edit Data. It carries a description for screen readers,
// and the kit's caption above it; the document gives the same data as a table beside it.
import { LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { DocChart } from '../domain/document-model';
import { textRuns } from './docx-inline';
import { FONT, STYLE_IDS, TEXT_WIDTH } from './styles';

const TWIPS_PER_PIXEL = 15;
const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;

/** Word content for a chart: its caption, then the chart in a paragraph of its own. */
export function chartChildren(chart: DocChart): Paragraph[] {
  const altText = chart.altText.trim();
  if (altText.length === 0) throw new Error('Every chart needs a description for people who cannot see it.');
  const maxWidth = TEXT_WIDTH / TWIPS_PER_PIXEL;
  const scale = chart.width > maxWidth ? maxWidth / chart.width : 1;
  const run = new ChartRun({
    type: 'bar',
    // Word draws a bar chart's first category at the bottom; reversed, the bars read top to bottom like the table.
    categories: chart.categories,
    categoryAxis: { reverseOrder: true, font: { size: 9 } },
    valueAxis: {
      title: chart.axis.title,
      minimum: chart.axis.minimum,
      maximum: chart.axis.maximum,
      interval: chart.axis.interval,
      font: { size: 9 },
    },
    series: chart.series.map((series) => ({
      name: series.name,
      values: series.values,
      ...(series.colour && HEX_COLOUR.test(series.colour) ? { color: series.colour.toUpperCase() } : {}),
    })),
    gapWidth: 60,
    legend: { position: 'bottom' },
    font: { name: FONT },
    transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
    altText: { name: chart.caption ?? 'Chart', title: chart.caption ?? altText, description: altText },
  });
  const caption = chart.caption
    ? [new Paragraph({ style: STYLE_IDS.caption, keepNext: true, children: textRuns(chart.caption) })]
    : [];
  return [
    ...caption,
    new Paragraph({ keepLines: true, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [run] }),
  ];
}
