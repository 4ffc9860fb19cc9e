// Small builders for compliance maps in tests: steps, processes and links with sensible defaults, so each
// test spells out only what it is about.
import type {
  ComplianceMap,
  MapLink,
  MapProcess,
  MapRelation,
  MapStep,
  StepRef,
} from '../../../src/domain/compliance-map/map-model';

export function step(id: string, fields: Partial<MapStep> = {}): MapStep {
  return {
    id,
    name: fields.name ?? id,
    owner: '',
    phase: null,
    evidence: [],
    dependsOn: [],
    durationDays: null,
    description: '',
    ...fields,
  };
}

export function process(id: string, steps: MapStep[], title = id): MapProcess {
  return { id, title, side: 'other', organisation: '', source: { type: 'manual' }, steps };
}

/** "central:a" becomes { processId: 'central', stepId: 'a' }. */
export function ref(key: string): StepRef {
  const [processId = '', stepId = ''] = key.split(':');
  return { processId, stepId };
}

export function link(
  id: string,
  from: string,
  relation: MapRelation,
  to: string,
  extra: Partial<MapLink> = {},
): MapLink {
  return {
    id,
    from: ref(from),
    to: ref(to),
    relation,
    rationale: 'semantic',
    confidence: 'high',
    origin: 'person',
    status: 'agreed',
    reason: '',
    note: '',
    by: 'Sam Okafor',
    at: '2026-03-03T10:00:00Z',
    needsReview: null,
    ...extra,
  };
}

export function makeMap(
  processes: MapProcess[],
  links: MapLink[] = [],
  extra: Partial<ComplianceMap> = {},
): ComplianceMap {
  return {
    id: 'map-1',
    projectId: 'project-1',
    title: 'Compliance map',
    processes,
    links,
    conflicts: [],
    exceptions: [],
    rejectedSuggestions: [],
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    ...extra,
  };
}

/** Steps named by key, for comparing lists of refs. */
export function keys(refs: readonly StepRef[]): string[] {
  return refs.map((r) => `${r.processId}:${r.stepId}`);
}
