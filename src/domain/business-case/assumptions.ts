// Assumptions: which are riskiest, and which sections a disproved assumption undermines. An agile case
// is honest about what it assumes; these rules decide what the project manager sees first.
import type { Assumption, AssumptionStatus, CaseRevision, Confidence } from './model';

const STATUS_RANK: Record<AssumptionStatus, number> = { disproved: 0, untested: 1, holding: 2 };
const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * Orders assumptions riskiest first:
 * 1. disproved before untested before holding (a disproved one already undermines the case; an
 *    untested one might; a holding one has survived a test);
 * 2. then lower confidence first;
 * 3. then the one more sections depend on first (more of the case falls if it is wrong);
 * 4. then the one due to be tested soonest first (no date last), so overdue tests rise;
 * 5. then by text, so the order is stable.
 */
export function compareRisk(a: Assumption, b: Assumption): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
    new Set(b.sectionIds).size - new Set(a.sectionIds).size ||
    (a.testBy ?? '9999-12-31').localeCompare(b.testBy ?? '9999-12-31') ||
    a.text.localeCompare(b.text)
  );
}

export function riskiestFirst(assumptions: readonly Assumption[]): Assumption[] {
  return [...assumptions].sort(compareRisk);
}

/** True when an untested assumption's test date has passed. `today` is `YYYY-MM-DD`. */
export function isTestOverdue(assumption: Assumption, today: string): boolean {
  return assumption.status === 'untested' && assumption.testBy !== null && assumption.testBy < today;
}

/** The assumptions each section depends on, keyed by section id. */
export function assumptionsBySection(assumptions: readonly Assumption[]): Map<string, Assumption[]> {
  const bySection = new Map<string, Assumption[]>();
  for (const assumption of assumptions) {
    for (const sectionId of new Set(assumption.sectionIds)) {
      const list = bySection.get(sectionId) ?? [];
      list.push(assumption);
      bySection.set(sectionId, list);
    }
  }
  return bySection;
}

/** A section undermined by one or more disproved assumptions. */
export interface SectionFlag {
  sectionId: string;
  disproved: Assumption[];
}

/**
 * Every section that depends on a disproved assumption, with the assumptions that undermine it; a
 * section named by several disproved assumptions is flagged once, listing them all.
 */
export function sectionsFlaggedByDisproved(revision: Pick<CaseRevision, 'assumptions'>): SectionFlag[] {
  const disproved = revision.assumptions.filter((a) => a.status === 'disproved');
  return [...assumptionsBySection(disproved)].map(([sectionId, list]) => ({ sectionId, disproved: list }));
}

/** The flag for one section, or null when nothing it depends on has been disproved. */
export function sectionFlag(revision: Pick<CaseRevision, 'assumptions'>, sectionId: string): SectionFlag | null {
  return sectionsFlaggedByDisproved(revision).find((flag) => flag.sectionId === sectionId) ?? null;
}
