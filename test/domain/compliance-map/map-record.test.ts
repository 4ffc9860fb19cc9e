import { describe, expect, it } from 'vitest';
import type { ComplianceMap, MapStep } from '../../../src/domain/compliance-map/map-model';
import { complianceMapRecordSchema, mapIntegrityProblems } from '../../../src/domain/compliance-map/map-record-schema';
import { freeProcessId, mapProcessFromTemplate } from '../../../src/domain/compliance-map/process-from-template';
import type { ProcessTemplate } from '../../../src/domain/pack';

const at = '2026-12-01T09:00:00.000Z';
const step = (id: string, dependsOn: string[] = []): MapStep => ({
  id,
  name: `Step ${id}`,
  owner: '',
  phase: null,
  evidence: [],
  dependsOn,
  durationDays: 5,
  description: '',
});

function map(overrides: Partial<ComplianceMap> = {}): ComplianceMap {
  return {
    id: 'm1',
    projectId: 'p1',
    title: 'Compliance map',
    processes: [
      {
        id: 'central',
        title: 'Central',
        side: 'central',
        organisation: '',
        source: { type: 'manual' },
        steps: [step('a'), step('b', ['a'])],
      },
      {
        id: 'department',
        title: 'Department',
        side: 'departmental',
        organisation: '',
        source: { type: 'manual' },
        steps: [step('x')],
      },
    ],
    links: [],
    conflicts: [],
    exceptions: [],
    rejectedSuggestions: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const link = (
  id: string,
  from: [string, string],
  to: [string, string],
  relation: ComplianceMap['links'][number]['relation'],
  reason = '',
) => ({
  id,
  from: { processId: from[0], stepId: from[1] },
  to: { processId: to[0], stepId: to[1] },
  relation,
  rationale: 'semantic' as const,
  confidence: 'medium' as const,
  origin: 'person' as const,
  status: 'draft' as const,
  reason,
  note: '',
  by: 'Sam',
  at,
  needsReview: null,
});

describe('compliance map records', () => {
  it('accepts a whole map and refuses a step id that would break a step key', () => {
    expect(complianceMapRecordSchema.safeParse(map()).success).toBe(true);
    const broken = map();
    const first = broken.processes[0]?.steps[0];
    if (!first) throw new Error('the fixture has no step');
    first.id = 'a:b';
    expect(complianceMapRecordSchema.safeParse(broken).success).toBe(false);
  });

  it('finds references that point at nothing and conflicts without a reason', () => {
    expect(mapIntegrityProblems(map())).toEqual([]);
    const problems = mapIntegrityProblems(
      map({
        links: [
          link('l1', ['central', 'a'], ['department', 'gone'], 'equal-to'),
          link('l2', ['central', 'a'], ['central', 'b'], 'must-precede'),
          link('l3', ['central', 'b'], ['department', 'x'], 'conflicts-with'),
        ],
        exceptions: [
          {
            id: 'e1',
            waives: { type: 'dependency', processId: 'central', stepId: 'a', dependsOn: 'b' },
            reason: '',
            agreedBy: '',
            agreedAt: at,
            evidenceIds: [],
          },
        ],
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).toMatch(/not in the map.*same process.*no reason.*dependency that is not in the map/s);
  });
});

describe('processes from templates', () => {
  it('copies the steps, pinned to the template version', () => {
    const template: ProcessTemplate = {
      id: 'gov',
      kind: 'process',
      title: 'Governance',
      version: '1.2.0',
      side: 'departmental',
      steps: [{ id: 'mandate', name: 'Mandate', depends_on: [], duration_days: 10, description: ' Why. \n' }],
    };
    const process = mapProcessFromTemplate('pack', template, 'department');
    expect(process.source).toEqual({ type: 'template', packId: 'pack', templateId: 'gov', version: '1.2.0' });
    expect(process.steps[0]).toEqual({
      id: 'mandate',
      name: 'Mandate',
      owner: '',
      phase: null,
      evidence: [],
      dependsOn: [],
      durationDays: 10,
      description: 'Why.',
    });
  });

  it('gives a free process id', () => {
    expect(freeProcessId('central', [])).toBe('central');
    expect(freeProcessId('central', ['central', 'central-2'])).toBe('central-3');
    expect(freeProcessId('Département 1!', [])).toBe('D-partement-1-');
  });
});
