// Compliance map benchmark: analyses two processes of 2,000 steps each (suggestions, ordering loops, the
// integrated plan), separately and together, and prints the median time and memory. Target here: under
// 600 ms and 200 MB for the whole analysis. Also prints suggestion recall in the top 3 on our own cases.
// Run with `npx tsx test/bench/map.bench.ts`.
import { availableParallelism, loadavg } from 'node:os';
import { analyseMap } from '../../src/domain/compliance-map/analyse-map';
import { integratedPlan } from '../../src/domain/compliance-map/integrated-plan';
import { findOrderCycles } from '../../src/domain/compliance-map/order-cycles';
import { buildPrecedenceGraph } from '../../src/domain/compliance-map/precedence-graph';
import { suggestLinks } from '../../src/domain/compliance-map/suggest-links';
import { largeMap } from '../fixtures/map-bench/large-map';
import { measureRecall } from '../fixtures/map-recall/measure-recall';

const RUNS = 5;
const TARGET_MS = 600;
const TARGET_MB = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * Median elapsed time over RUNS, the median CPU time of this process (less swayed when other work shares
 * the machine), and the most the heap grew above where it started during one run.
 */
function measure<T>(label: string, run: () => T, describe: (result: T) => string): number {
  const times: number[] = [];
  const cpu: number[] = [];
  let peakHeap = 0;
  let result: T | undefined;
  for (let i = 0; i < RUNS; i += 1) {
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
  }
  const ms = median(times);
  console.log(
    `${label}: median ${ms.toFixed(0)} ms elapsed (${times.map((t) => t.toFixed(0)).join(', ')}), ${median(cpu).toFixed(0)} ms CPU, heap grew by up to ${mb(peakHeap)}; ${result === undefined ? '' : describe(result)}`,
  );
  return ms;
}

const looped = largeMap();
const planned = largeMap({ loops: 0 });
const rssBefore = process.memoryUsage().rss;
const steps = looped.processes.reduce((n, p) => n + p.steps.length, 0);
console.log(
  `Map: ${looped.processes.length} processes, ${steps} steps, ${looped.links.length} links (${looped.links.filter((l) => l.relation === 'equivalent-to').length} merged pairs, ${looped.links.filter((l) => l.relation.startsWith('must-')).length} ordering links, 5 of them closing loops)`,
);

measure(
  'Suggestions',
  () => suggestLinks(looped),
  (s) => `${s.length} suggestions`,
);
measure(
  'Ordering loops (graph, components, shortest loop each)',
  () => findOrderCycles(looped, buildPrecedenceGraph(looped)),
  (c) =>
    `${c.length} loops, shortest ${Math.min(...c.map((x) => x.rules.length))} rules, largest component ${Math.max(...c.map((x) => x.component.length))} steps`,
);
measure(
  'Integrated plan (map without loops)',
  () => integratedPlan(planned, buildPrecedenceGraph(planned)),
  (p) =>
    p
      ? `${p.stages.length} stages, critical path ${p.criticalPath.length} steps, ${p.days} days against ${p.sequentialDays} one after the other`
      : 'no plan',
);
const whole = measure(
  'Whole analysis (with loops)',
  () => analyseMap(looped),
  (a) => `${a.cycles.length} loops, ${a.evidenceReuse.length} evidence reused, ${a.suggestions.length} suggestions`,
);
measure(
  'Whole analysis (without loops)',
  () => analyseMap(planned),
  (a) => `plan of ${a.plan?.stages.length ?? 0} stages, ${a.plan?.days ?? 0} days`,
);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `Resident memory: ${mb(rssBefore)} with the maps built and before any analysis (the TypeScript loader included), peak ${mb(peakRss)} over all runs; target for the analysis under ${TARGET_MB} MB (${peakRss - rssBefore < TARGET_MB * 1024 * 1024 ? 'met' : 'NOT met'}, ${mb(peakRss - rssBefore)} above the start). Whole analysis target under ${TARGET_MS} ms elapsed (${whole < TARGET_MS ? 'met' : 'NOT met'}; load average now ${loadavg()[0]?.toFixed(1) ?? '?'} on ${availableParallelism()} cores).`,
);

const withSynonyms = measureRecall((map) => suggestLinks(map));
const wordsAlone = measureRecall((map) => suggestLinks(map, { synonyms: false }));
const topOne = measureRecall((map) => suggestLinks(map), 1);
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
console.log(
  `Suggestion recall on our own cases (${withSynonyms.total} pairs, plus steps with no counterpart): top 3 ${withSynonyms.hits}/${withSynonyms.total} (${pct(withSynonyms.recall)}); top 1 ${topOne.hits}/${topOne.total} (${pct(topOne.recall)}); top 3 with words alone, without the synonym list, ${wordsAlone.hits}/${wordsAlone.total} (${pct(wordsAlone.recall)})${withSynonyms.missed.length > 0 ? `; missed: ${withSynonyms.missed.join(', ')}` : ''}`,
);
