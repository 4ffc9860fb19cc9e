// The rules the compliance-map views share: relations read from either end, match strength in words,
// register entries found by subject, and where steps sit left to right.
import { describe, expect, it } from 'vitest';
import { MAP_RELATIONS } from '../../../src/domain/compliance-map/map-model';
import {
  cycleSubject,
  findConflictRecord,
  INVERSE_RELATION,
  linkFrom,
  linkSentence,
  matchStrength,
  stepColumns,
} from '../../../src/ui/compliance-map/views/view-model';
import { LINKS, noPlanAnalysis, plannedAnalysis, sampleMap } from './sample-map';

describe('compliance map view rules', () => {
  it('reads a link from either of its steps, turning the relation round from the far end', () => {
    const design = LINKS.find((l) => l.id === 'l-design-first');
    if (!design) throw new Error('sample link missing');
    const prototype = { processId: 'central', stepId: 'prototype' };
    expect(linkFrom(design, design.from)).toEqual({ other: prototype, relation: 'must-precede' });
    expect(linkFrom(design, prototype)).toEqual({ other: design.from, relation: 'must-follow' });
    expect(linkFrom(design, { processId: 'central', stepId: 'alpha' })).toBeNull();
    expect(linkSentence(sampleMap, design, prototype)).toBe(
      'Build prototypes must come after Design sign-off (Department governance)',
    );
    for (const relation of MAP_RELATIONS) expect(INVERSE_RELATION[INVERSE_RELATION[relation]]).toBe(relation);
  });

  it('says how strong a match is in words', () => {
    expect(matchStrength(0.9)).toBe('Strong match');
    expect(matchStrength(0.7)).toBe('Strong match');
    expect(matchStrength(0.5)).toBe('Good match');
    expect(matchStrength(0.2)).toBe('Possible match');
  });

  it('finds the register entry of a cycle by its sorted steps, whatever order the cycle is shown in', () => {
    const [cycle] = noPlanAnalysis.cycles;
    if (!cycle) throw new Error('sample cycle missing');
    const reversed = { ...cycle, steps: [...cycle.steps].reverse() };
    expect(findConflictRecord(sampleMap.conflicts, cycleSubject(cycle))?.id).toBe('c-2');
    expect(findConflictRecord(sampleMap.conflicts, cycleSubject(reversed))?.id).toBe('c-2');
    expect(findConflictRecord(sampleMap.conflicts, { type: 'link', linkId: 'l-conflict' })?.id).toBe('c-1');
    expect(findConflictRecord(sampleMap.conflicts, { type: 'link', linkId: 'l-alpha' })).toBeUndefined();
  });

  it('places steps by plan stage when there is a plan, and by depth in their own process otherwise', () => {
    const byDepth = stepColumns(sampleMap, noPlanAnalysis);
    expect(byDepth.get('central:ithc')).toBe(3);
    expect(byDepth.get('department:records')).toBe(0);
    const byStage = stepColumns(sampleMap, plannedAnalysis);
    expect(byStage.get('department:design')).toBe(2);
    expect(byStage.get('central:alpha')).toBe(3);
  });

  it('still places every step when a process loops on itself', () => {
    const [central] = sampleMap.processes;
    if (!central) throw new Error('sample process missing');
    const looped = {
      processes: [
        { ...central, steps: central.steps.map((s) => (s.id === 'research' ? { ...s, dependsOn: ['ithc'] } : s)) },
      ],
    };
    const columns = stepColumns(looped, { plan: null });
    expect(columns.size).toBe(central.steps.length);
  });
});
