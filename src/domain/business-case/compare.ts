// Comparing two revisions of a case: which sections changed (with a word-level diff for the screen and
// for Word tracked changes), which assumptions changed status, which options were closed, how each
// phase's cost range moved and which approvals were added. Also the data for the chart of cost ranges
// across every revision. Plain data only; screens and the export decide how to show it.
import { diffBudget, diffRichText, type DiffBlock } from '../document-diff';
import { PHASES, type Phase } from '../project';
import { plainText, type RichTextDoc } from '../rich-text';
import { totalsByPhase, wholeLifeCost, type CostRange } from './costs';
import type { Approval, AssumptionStatus, CaseGate, CaseOption, CaseRevision } from './model';

export type SectionChangeKind = 'added' | 'removed' | 'changed';

export interface SectionChange {
  sectionId: string;
  change: SectionChangeKind;
  diff: DiffBlock[];
}

export interface AssumptionChange {
  id: string;
  text: string;
  /** Null when the assumption is new in the later revision. */
  before: AssumptionStatus | null;
  /** Null when the assumption was removed. */
  after: AssumptionStatus | null;
}

/** How a phase's cost range moved: narrowed or widened by the gap between low and high. */
export type RangeTrend = 'narrowed' | 'widened' | 'moved' | 'same' | 'added' | 'removed';

export interface CostRangeChange {
  phase: Phase;
  before: CostRange | null;
  after: CostRange | null;
  trend: RangeTrend;
}

export interface RevisionComparison {
  from: number;
  to: number;
  /** The decision each revision asked for; they differ when the case moved on to the next gate. */
  gates: { before: CaseGate; after: CaseGate };
  sections: SectionChange[];
  assumptions: AssumptionChange[];
  optionsClosed: CaseOption[];
  costRanges: CostRangeChange[];
  approvalsAdded: Approval[];
}

function hasText(doc: RichTextDoc | undefined): doc is RichTextDoc {
  return doc !== undefined && plainText(doc).trim().length > 0;
}

function compareSections(a: CaseRevision, b: CaseRevision, order: readonly string[]): SectionChange[] {
  const ids = [...new Set([...order, ...Object.keys(a.sections), ...Object.keys(b.sections)])];
  // One budget for the whole case, so many long rewritten sections cannot keep the comparison busy.
  const budget = diffBudget();
  return ids.flatMap((sectionId): SectionChange[] => {
    const before = a.sections[sectionId];
    const after = b.sections[sectionId];
    const had = hasText(before);
    const has = hasText(after);
    if (!had && !has) return [];
    const empty: RichTextDoc = { type: 'doc', content: [] };
    if (!had && has) return [{ sectionId, change: 'added', diff: diffRichText(empty, after, budget) }];
    if (had && !has) return [{ sectionId, change: 'removed', diff: diffRichText(before, empty, budget) }];
    // Unchanged sections are the common case; comparing the stored JSON first keeps this fast.
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    const diff = diffRichText(before ?? empty, after ?? empty, budget);
    return diff.every((block) => block.change === 'same') ? [] : [{ sectionId, change: 'changed', diff }];
  });
}

function compareAssumptions(a: CaseRevision, b: CaseRevision): AssumptionChange[] {
  const before = new Map(a.assumptions.map((x) => [x.id, x]));
  const after = new Map(b.assumptions.map((x) => [x.id, x]));
  const changes: AssumptionChange[] = [];
  for (const item of b.assumptions) {
    const old = before.get(item.id);
    if (!old || old.status !== item.status)
      changes.push({ id: item.id, text: item.text, before: old?.status ?? null, after: item.status });
  }
  for (const item of a.assumptions)
    if (!after.has(item.id)) changes.push({ id: item.id, text: item.text, before: item.status, after: null });
  return changes;
}

function optionsClosed(a: CaseRevision, b: CaseRevision): CaseOption[] {
  const before = new Map(a.options.options.map((o) => [o.id, o]));
  return b.options.options.filter((option) => !option.open && (before.get(option.id)?.open ?? true));
}

/** How a range moved from one revision to the next, judged by the gap between its low and high. */
export function rangeTrend(before: CostRange | null, after: CostRange | null): RangeTrend {
  if (!before && !after) return 'same';
  if (!before) return 'added';
  if (!after) return 'removed';
  const widthBefore = before.high - before.low;
  const widthAfter = after.high - after.low;
  if (widthAfter < widthBefore) return 'narrowed';
  if (widthAfter > widthBefore) return 'widened';
  return before.low === after.low && before.likely === after.likely ? 'same' : 'moved';
}

function compareCosts(a: CaseRevision, b: CaseRevision): CostRangeChange[] {
  const before = new Map(totalsByPhase(a.costs.lines).map((t) => [t.phase, t.range]));
  const after = new Map(totalsByPhase(b.costs.lines).map((t) => [t.phase, t.range]));
  const phases = PHASES.filter((p) => before.has(p) || after.has(p));
  return phases.map((phase) => {
    const was = before.get(phase) ?? null;
    const now = after.get(phase) ?? null;
    return { phase, before: was, after: now, trend: rangeTrend(was, now) };
  });
}

/**
 * Compares an earlier revision `a` with a later one `b` of the same case. `sectionOrder` (the template's
 * section ids, in order) puts section changes in reading order; sections not in it follow.
 */
export function compareRevisions(
  a: CaseRevision,
  b: CaseRevision,
  sectionOrder: readonly string[] = [],
): RevisionComparison {
  if (a.caseId !== b.caseId) throw new Error('Only revisions of the same business case can be compared.');
  const approvalIds = new Set(a.approvals.map((x) => x.id));
  return {
    from: a.number,
    to: b.number,
    gates: { before: a.gate, after: b.gate },
    sections: compareSections(a, b, sectionOrder),
    assumptions: compareAssumptions(a, b),
    optionsClosed: optionsClosed(a, b),
    costRanges: compareCosts(a, b),
    approvalsAdded: b.approvals.filter((x) => !approvalIds.has(x.id)),
  };
}

/** One revision's point on the cost range chart. */
export interface CostRangePoint {
  revision: number;
  frozenAt: string | null;
  byPhase: Partial<Record<Phase, CostRange>>;
  wholeLife: CostRange;
}

/**
 * The cost ranges of every revision, oldest first, for a chart with a table beside it: one series per
 * phase (low, likely and high in pence) and the whole-life cost.
 */
export function costRangeSeries(revisions: readonly CaseRevision[]): CostRangePoint[] {
  return [...revisions]
    .sort((x, y) => x.number - y.number)
    .map((revision) => ({
      revision: revision.number,
      frozenAt: revision.frozenAt,
      byPhase: Object.fromEntries(totalsByPhase(revision.costs.lines).map((t) => [t.phase, t.range])),
      wholeLife: wholeLifeCost(revision.costs.lines),
    }));
}
