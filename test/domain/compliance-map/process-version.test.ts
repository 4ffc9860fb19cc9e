// A pinned process moving to a newer version: links to steps that changed or vanished are flagged with a
// reason, never dropped, and a person can mark them reviewed.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import type { MapProcess } from '../../../src/domain/compliance-map/map-model';
import { markLinkReviewed, updateProcessVersion } from '../../../src/domain/compliance-map/process-version';
import { link, makeMap, process, step } from './map-fixtures';

function pinned(version: string, steps: MapProcess['steps']): MapProcess {
  return {
    ...process('department', steps, 'Department governance'),
    source: { type: 'template', packId: 'dept', templateId: 'governance', version },
  };
}

function before() {
  return makeMap(
    [
      process('central', [step('a'), step('b'), step('c')]),
      pinned('1.0.0', [
        step('x', { name: 'Design sign-off', evidence: ['Design pack'], durationDays: 5 }),
        step('y', { name: 'Security accreditation' }),
        step('z', { name: 'Investment committee' }),
      ]),
    ],
    [
      link('l-x', 'central:a', 'equivalent-to', 'department:x'),
      link('l-y', 'department:y', 'must-follow', 'central:b'),
      link('l-z', 'central:c', 'intersects-with', 'department:z'),
    ],
  );
}

describe('moving a process to a newer version', () => {
  it('flags links to steps that changed or vanished, with the reason, and keeps every link', () => {
    const next = pinned('2.0.0', [
      step('x', { name: 'Design sign-off', evidence: ['Design pack', 'Hosting plan'], durationDays: 10 }),
      step('z', { name: 'Investment committee' }),
    ]);
    const map = before();
    const result = updateProcessVersion(map, 'department', next, '2026-06-02T09:00:00Z', 'Priya Shah');
    expect(result.flaggedLinkIds).toEqual(['l-x', 'l-y']);
    expect(result.map.links.map((l) => l.id)).toEqual(['l-x', 'l-y', 'l-z']);
    const reasons = new Map(result.map.links.map((l) => [l.id, l.needsReview]));
    expect(reasons.get('l-x')).toBe(
      '“Design sign-off” changed in version 2.0.0 of Department governance (updated by Priya Shah on 2 June 2026): its evidence and duration.',
    );
    expect(reasons.get('l-y')).toBe(
      '“Security accreditation” is not in version 2.0.0 of Department governance (updated by Priya Shah on 2 June 2026).',
    );
    expect(reasons.get('l-z')).toBeNull();
    expect(result.map.processes[1]?.steps.map((s) => s.id)).toEqual(['x', 'z']);
    expect(analyseMap(result.map, { suggestions: false }).linksNeedingReview).toEqual(['l-x', 'l-y']);
    // The map passed in is untouched.
    expect(map.links.every((l) => l.needsReview === null)).toBe(true);
    expect(map.processes[1]?.steps).toHaveLength(3);
  });

  it('flags a change of name, description or dependencies too, and nothing when only the owner changed', () => {
    const map = before();
    const rename = pinned('1.1.0', [
      step('x', { name: 'Design approval', evidence: ['Design pack'], durationDays: 5 }),
      step('y', { name: 'Security accreditation', dependsOn: ['x'] }),
      step('z', { name: 'Investment committee', owner: 'Finance' }),
    ]);
    const result = updateProcessVersion(map, 'department', rename, '2026-06-02', 'Priya Shah');
    expect(result.flaggedLinkIds).toEqual(['l-x', 'l-y']);
    expect(result.map.links[0]?.needsReview).toContain('its name.');
    expect(result.map.links[1]?.needsReview).toContain('its dependencies.');
  });

  it('changes nothing for a process the map does not have', () => {
    const map = before();
    expect(updateProcessVersion(map, 'nowhere', pinned('9', []), '2026-06-02', 'Priya Shah')).toEqual({
      map,
      flaggedLinkIds: [],
    });
  });

  it('clears the flag when a person marks the link reviewed', () => {
    const flagged = updateProcessVersion(before(), 'department', pinned('2.0.0', []), '2026-06-02', 'Priya Shah').map;
    const reviewed = markLinkReviewed(flagged, 'l-x', '2026-06-03T10:00:00Z', 'Sam Okafor');
    const l = reviewed.links.find((x) => x.id === 'l-x');
    expect(l?.needsReview).toBeNull();
    expect(l?.by).toBe('Sam Okafor');
    expect(reviewed.links.find((x) => x.id === 'l-y')?.needsReview).not.toBeNull();
  });
});
