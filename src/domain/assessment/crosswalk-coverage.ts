// What evidence against one standard already covers in another, through a crosswalk between them: each
// point of the other standard is covered fully (equal-to, equivalent-to, or the first point asks for
// everything the second does), partly (subset-of, intersects-with) or not at all, with the links that
// produced it, so a team assesses once and sees where it stands against both.
import type { SetRelation } from '../compliance-map/map-model';
import type { CrosswalkTemplate } from '../pack';
import type { Assessment } from './assessment-model';

export type CoverageLevel = 'full' | 'partial' | 'none';

/** What each relation gives, read "covered point <relation> target point". */
const COVERAGE_OF: Record<SetRelation, CoverageLevel> = {
  'equal-to': 'full',
  'equivalent-to': 'full',
  'superset-of': 'full',
  'subset-of': 'partial',
  'intersects-with': 'partial',
  'no-relationship': 'none',
};

/** The same relation read the other way round: "A subset-of B" is "B superset-of A". */
const INVERSE: Record<SetRelation, SetRelation> = {
  'equal-to': 'equal-to',
  'equivalent-to': 'equivalent-to',
  'superset-of': 'subset-of',
  'subset-of': 'superset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

export interface StandardKey {
  packId: string;
  templateId: string;
}

/** One link that carries coverage to a point, read from the covered point to it. */
export interface CoverageSource {
  crosswalkId: string;
  fromPointId: string;
  relation: SetRelation;
  coverage: 'full' | 'partial';
  rationale: string;
}

export interface PointCoverage {
  pointId: string;
  coverage: CoverageLevel;
  /** The links that cover the point, full ones first. */
  through: CoverageSource[];
}

function sameStandard(end: { pack: string; template: string }, key: StandardKey): boolean {
  return end.pack === key.packId && end.template === key.templateId;
}

/**
 * The coverage of each point of `target` (in `targetPointIds` order) given the points of `covered` the team
 * has covered. Crosswalks may run either way; those between other standards are ignored.
 */
export function crosswalkCoverage(input: {
  crosswalks: readonly CrosswalkTemplate[];
  covered: StandardKey;
  coveredPointIds: ReadonlySet<string>;
  target: StandardKey;
  targetPointIds: readonly string[];
}): PointCoverage[] {
  const sources = new Map<string, CoverageSource[]>();
  for (const crosswalk of input.crosswalks) {
    const forward = sameStandard(crosswalk.from, input.covered) && sameStandard(crosswalk.to, input.target);
    const backward = sameStandard(crosswalk.to, input.covered) && sameStandard(crosswalk.from, input.target);
    if (!forward && !backward) continue;
    for (const link of crosswalk.links) {
      const fromPointId = forward ? link.from : link.to;
      const toPointId = forward ? link.to : link.from;
      const relation = forward ? link.relation : INVERSE[link.relation];
      const coverage = COVERAGE_OF[relation];
      if (coverage === 'none' || !input.coveredPointIds.has(fromPointId)) continue;
      const list = sources.get(toPointId) ?? [];
      list.push({ crosswalkId: crosswalk.id, fromPointId, relation, coverage, rationale: link.rationale });
      sources.set(toPointId, list);
    }
  }
  return input.targetPointIds.map((pointId) => {
    const through = [...(sources.get(pointId) ?? [])].sort(
      (a, b) => Number(b.coverage === 'full') - Number(a.coverage === 'full'),
    );
    const coverage: CoverageLevel = through.length === 0 ? 'none' : (through[0]?.coverage ?? 'none');
    return { pointId, coverage, through };
  });
}

/**
 * The points an assessment covers for a crosswalk: those marked ready, and those with evidence from the
 * library. Not applicable points cover nothing.
 */
export function coveredPoints(assessment: Assessment): Set<string> {
  return new Set(
    assessment.answers
      .filter(
        (answer) => answer.status === 'ready' || (answer.status !== 'not-applicable' && answer.evidenceIds.length > 0),
      )
      .map((answer) => answer.pointId),
  );
}
