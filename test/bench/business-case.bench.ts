// Business case benchmark: a case of 120 sections (about 60,000 words) with assumptions, options, costs
// and approvals. Prints the time to freeze a revision and start the next one, to compare two revisions,
// and the domain work of one keystroke (set the section, check the record as autosave would, rework the
// readiness checklist). Run with `npx tsx test/bench/business-case.bench.ts`. Target for freezing and
// comparing together: under 500 ms. Figures only; nothing here passes or fails on time.
import { compareRevisions, costRangeSeries } from '../../src/domain/business-case/compare';
import type { Assumption, CaseRevision, CostLine } from '../../src/domain/business-case/model';
import { gateReadiness } from '../../src/domain/business-case/readiness';
import {
  createFirstRevision,
  setSectionContent,
  startNewRevision,
  updateRevision,
} from '../../src/domain/business-case/revisions';
import { caseRevisionRecordSchema } from '../../src/domain/business-case/schemas';
import type { BusinessCaseTemplate } from '../../src/domain/pack';
import { PHASES } from '../../src/domain/project';
import { wordCount, type RichTextBlock, type RichTextDoc } from '../../src/domain/rich-text';

const SENTENCES = [
  'Discovery interviews with 24 licence holders showed that most renew on a phone in the evening.',
  'The current paper form takes an average of 19 days to process and one in five needs a call back.',
  'We assume that the fee rules can be held in a single table that policy colleagues can update.',
  'Front-line staff spend about a third of their week keying data from forms into the legacy system.',
  'The preferred option reuses the common payments and notifications components already in use.',
  'Costs for beta are based on a team of nine for six months at the rates in the current framework.',
  'The investment committee asked for monthly reporting of spend against the firm figure for alpha.',
  'Take-up is expected to reach 70 percent within a year, in line with similar services elsewhere.',
  'If the legacy database cannot be reached through an interface, the do minimum option returns.',
  'User research will continue every fortnight, with findings shared at the show and tell.',
];

function paragraph(seed: number, words: number): RichTextBlock {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const sentence = SENTENCES[(seed * 7 + i * 3) % SENTENCES.length] ?? '';
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  return { type: 'paragraph', content: [{ type: 'text', text: parts.join(' ') }] };
}

function sectionDoc(seed: number): RichTextDoc {
  const content: RichTextBlock[] = [
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: `Part ${seed}` }] },
  ];
  for (let p = 0; p < 5; p += 1) content.push(paragraph(seed + p, 100));
  content.push({
    type: 'bulletList',
    content: [0, 1, 2].map((i) => ({ type: 'listItem', content: [paragraph(seed + i + 11, 12)] })),
  });
  return { type: 'doc', content };
}

// 8 cases of 14 sub-sections each, plus the 8 cases themselves: 120 sections.
const template: BusinessCaseTemplate = {
  id: 'bench',
  kind: 'business-case',
  title: 'Bench case',
  version: '1.0.0',
  phases: [...PHASES],
  sections: Array.from({ length: 8 }, (_, c) => ({
    id: `case-${c}`,
    title: `Case ${c}`,
    purpose: 'Purpose',
    prompts: { beta: ['What did alpha show?'] },
    sections: Array.from({ length: 14 }, (_, s) => ({
      id: `case-${c}-part-${s}`,
      title: `Case ${c} part ${s}`,
      purpose: 'Purpose',
      ...(s === 0 && c === 0 ? { structured: 'costs' as const } : {}),
    })),
  })),
};
const sectionIds = template.sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((sub) => sub.id)]);

function firstRevision(): CaseRevision {
  const base = createFirstRevision(
    { id: 'case', gate: 'alpha-to-beta' },
    'r1',
    'Sam Taylor',
    new Date('2026-06-01T09:00:00Z'),
    2026,
  );
  const assumptions: Assumption[] = Array.from({ length: 60 }, (_, i) => ({
    id: `a${i}`,
    text: SENTENCES[i % SENTENCES.length] ?? '',
    sectionIds: [sectionIds[i % 120] ?? '', sectionIds[(i * 7) % 120] ?? ''],
    confidence: (['low', 'medium', 'high'] as const)[i % 3] ?? 'low',
    test: 'Test it with users in the next sprint.',
    testBy: '2026-09-01',
    status: 'untested',
    evidenceIds: [],
  }));
  const lines: CostLine[] = PHASES.flatMap((phase, p) =>
    Array.from({ length: 10 }, (_, i) => ({
      id: `${phase}-${i}`,
      phase,
      year: 2026 + p + (i % 3),
      description: `${phase} cost ${i}`,
      kind: i % 4 === 0 ? ('capital' as const) : ('resource' as const),
      low: 1_000_000 * (i + 1),
      likely: 1_500_000 * (i + 1),
      high: 2_500_000 * (i + 1),
    })),
  );
  return {
    ...base,
    sections: Object.fromEntries(sectionIds.map((id, i) => [id, sectionDoc(i)])),
    assumptions,
    costs: { ...base.costs, lines, optimismBiasPercent: 20 },
  };
}

function editForNextRevision(revision: CaseRevision): CaseRevision {
  const sections = { ...revision.sections };
  sectionIds.forEach((id, i) => {
    if (i % 5 !== 0) return;
    const current = sections[id];
    if (!current) return;
    const edited = current.content.map((block, b) =>
      b === 2 && block.type === 'paragraph'
        ? {
            ...block,
            content: [{ type: 'text' as const, text: `${SENTENCES[(i + 3) % 10] ?? ''} Beta will confirm this.` }],
          }
        : block,
    );
    sections[id] = { type: 'doc', content: i % 10 === 0 ? [...edited, paragraph(i + 5, 60)] : edited.slice(1) };
  });
  return updateRevision(
    revision,
    {
      sections,
      assumptions: revision.assumptions.map((a, i) =>
        i % 4 === 0 ? { ...a, status: i % 8 === 0 ? 'disproved' : 'holding' } : a,
      ),
      costs: {
        ...revision.costs,
        lines: revision.costs.lines.map((l) => (l.phase === 'beta' ? { ...l, low: l.likely, high: l.likely } : l)),
      },
    },
    new Date('2026-11-20T09:00:00Z'),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const first = firstRevision();
const words = Object.values(first.sections)
  .map(wordCount)
  .reduce((a, b) => a + b, 0);
console.log(
  `Case: ${sectionIds.length} sections, about ${words} words, ${first.assumptions.length} assumptions, ${first.costs.lines.length} cost lines`,
);

const RUNS = 7;
const freezeTimes: number[] = [];
const compareTimes: number[] = [];
let changed = 0;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  const { frozen, next } = startNewRevision(first, {
    id: 'r2',
    author: 'Priya Shah',
    summary: 'Alpha results: beta costs are now firm.',
    now: new Date('2026-11-01T09:00:00Z'),
  });
  freezeTimes.push(performance.now() - started);
  const second = editForNextRevision(next);
  const compareStarted = performance.now();
  const comparison = compareRevisions(frozen, second, sectionIds);
  costRangeSeries([frozen, second]);
  compareTimes.push(performance.now() - compareStarted);
  changed = comparison.sections.length;
}
const both = freezeTimes.map((t, i) => t + (compareTimes[i] ?? 0));
console.log(`freeze and start the next revision: median ${median(freezeTimes).toFixed(1)} ms`);
console.log(`compare two revisions (${changed} sections changed): median ${median(compareTimes).toFixed(1)} ms`);
console.log(
  `freeze and compare together: median ${median(both).toFixed(1)} ms, slowest ${Math.max(...both).toFixed(1)} ms over ${RUNS} runs (target under 500 ms)`,
);

// One keystroke's domain work: the editor hands over the section, autosave checks the record, and the
// readiness checklist beside the editor is worked out again. The editor's own rendering is not included.
let typing = first;
const keystrokes: number[] = [];
const target = sectionIds[60] ?? 'case-0';
for (let k = 0; k < 200; k += 1) {
  const current = typing.sections[target] ?? sectionDoc(0);
  const started = performance.now();
  const lastBlock = current.content[current.content.length - 1];
  const typed: RichTextDoc = {
    type: 'doc',
    content: [...current.content.slice(0, -1), ...(lastBlock ? [lastBlock] : []), paragraph(k, 1)].slice(-12),
  };
  typing = setSectionContent(typing, target, typed, new Date());
  caseRevisionRecordSchema.parse(typing);
  gateReadiness(template, typing);
  keystrokes.push(performance.now() - started);
}
console.log(
  `one keystroke (set section, check the record, readiness): median ${median(keystrokes).toFixed(1)} ms, 95th percentile ${percentile(keystrokes, 95).toFixed(1)} ms over ${keystrokes.length}`,
);
