// How long the overview of a large assessment takes to work out: 17 points (the NHS standard), 300 links
// to evidence and 200 actions. The screen must show it in under 100 ms; this prints figures only.
import { performance } from 'node:perf_hooks';
import { assessmentOverview } from '../../src/domain/assessment/assessment-overview';
import {
  createAssessment,
  POINT_STATUSES,
  type AssessmentAction,
  type PointAnswer,
} from '../../src/domain/assessment/assessment-model';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const points = Array.from({ length: 17 }, (_, i) => ({ id: String(i + 1), title: `Point ${i + 1}` }));
const library = new Set(Array.from({ length: 120 }, (_, i) => `evidence-${i}`));
const answers: PointAnswer[] = points.map((point, i) => ({
  pointId: point.id,
  status: POINT_STATUSES[i % 3] ?? 'in-progress',
  notApplicableReason: '',
  narrative: { type: 'plain', text: 'We tested with people who use screen readers. '.repeat(40) },
  // 300 links in all, spread over the points, some to the same item.
  evidenceIds: Array.from(
    { length: Math.floor(300 / 17) + (i < 300 % 17 ? 1 : 0) },
    (_, j) => `evidence-${(i * 7 + j) % 130}`,
  ),
  needsReview: i % 4 === 0,
  rehearsalNotes: '',
}));
const actions: AssessmentAction[] = Array.from({ length: 200 }, (_, i) => ({
  id: `action-${i}`,
  what: `Action ${i}`,
  owner: 'Sam Taylor',
  dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  done: i % 5 === 0,
  source: i % 2 === 0 ? 'team' : 'panel',
  pointId: i % 10 === 0 ? null : String((i % 17) + 1),
}));
const assessment = {
  ...createAssessment({
    id: 'bench',
    projectId: 'p',
    standard: { packId: 'nhs-service-standard', templateId: 'nhs-service-standard', version: '1.1.0' },
    stage: 'beta',
    panelDate: '2027-01-20',
    now: new Date('2026-12-01T09:00:00Z'),
  }),
  answers,
  actions,
};

const links = answers.reduce((sum, answer) => sum + answer.evidenceIds.length, 0);
let overdue = 0;
const time = (): number => {
  const start = performance.now();
  overdue = assessmentOverview(assessment, points, '2026-12-01', library).overdueActions.length;
  return performance.now() - start;
};
// The first call includes compiling the code, as on a screen's first render; it is reported on its own.
const first = time();
const runs = Array.from({ length: 200 }, time);
const slowest = [...runs].sort((a, b) => a - b)[Math.floor(runs.length * 0.95)] ?? 0;
console.log(
  `Assessment overview: ${points.length} points, ${links} evidence links, ${actions.length} actions (${overdue} overdue): ` +
    `first call ${first.toFixed(2)} ms; then median ${median(runs).toFixed(3)} ms, 95th percentile ${slowest.toFixed(3)} ms over ${runs.length} runs`,
);
