// The example project's compliance map: built from the example process templates as shipped in templates/,
// valid and whole, and holding the design-before-build ordering contradiction it is meant to show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildExampleMap, EXAMPLE_MAP_AUTHOR, EXAMPLE_MAP_PACK } from '../../../src/domain/compliance-map/example-map';
import type { ComplianceMap } from '../../../src/domain/compliance-map/map-model';
import { complianceMapRecordSchema, mapIntegrityProblems } from '../../../src/domain/compliance-map/map-record-schema';
import { EXAMPLE_TEMPLATES } from '../../../src/domain/example-project';
import { processSchema, type ProcessTemplate } from '../../../src/domain/pack';

function shippedProcess(templateId: string): ProcessTemplate {
  const file = join(import.meta.dirname, '../../../templates', EXAMPLE_MAP_PACK, 'processes', `${templateId}.yaml`);
  return processSchema.parse(parse(readFileSync(file, 'utf8')));
}

const TEMPLATES = {
  central: shippedProcess('central-digital-assurance-2026'),
  department: shippedProcess('departmental-it-governance'),
};

function ids(): () => string {
  let n = 0;
  return () => `id-${(n += 1)}`;
}

const NOW = new Date('2026-11-02T09:30:00.000Z');
const build = (): ComplianceMap => buildExampleMap('project-1', TEMPLATES, ids(), NOW);

/**
 * The merged precedence graph as the issue defines it, worked out independently of the real analysis: steps
 * linked equal-to or equivalent-to share a node (named by the smallest of their keys), each process's
 * dependencies and each must-precede / must-follow link is an edge.
 */
function precedenceGraph(map: ComplianceMap): { node: (key: string) => string; edges: Map<string, Set<string>> } {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key);
    return up === undefined || up === key ? key : find(up);
  };
  for (const link of map.links)
    if (link.relation === 'equal-to' || link.relation === 'equivalent-to') {
      const [a, b] = [
        find(`${link.from.processId}:${link.from.stepId}`),
        find(`${link.to.processId}:${link.to.stepId}`),
      ];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  const edges = new Map<string, Set<string>>();
  const edge = (before: string, after: string): void => {
    const [from, to] = [find(before), find(after)];
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
  };
  for (const process of map.processes)
    for (const step of process.steps)
      for (const dependency of step.dependsOn) edge(`${process.id}:${dependency}`, `${process.id}:${step.id}`);
  for (const link of map.links) {
    const from = `${link.from.processId}:${link.from.stepId}`;
    const to = `${link.to.processId}:${link.to.stepId}`;
    if (link.relation === 'must-precede') edge(from, to);
    if (link.relation === 'must-follow') edge(to, from);
  }
  return { node: find, edges };
}

/** A shortest path of edges from `start` back to `start`, by breadth-first search; null when none. */
function shortestCycle(edges: Map<string, Set<string>>, start: string): string[] | null {
  const previous = new Map<string, string>();
  const queue = [...(edges.get(start) ?? [])];
  for (const next of queue) previous.set(next, start);
  while (queue.length > 0) {
    const at = queue.shift() ?? start;
    if (at === start) {
      const path = [start];
      for (let back = previous.get(start); back !== undefined && back !== start; back = previous.get(back))
        path.unshift(back);
      return [start, ...path.slice(0, -1)];
    }
    for (const next of edges.get(at) ?? [])
      if (!previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
  }
  return null;
}

describe('the example project’s compliance map', () => {
  it('is the same for the same ids and clock, and passes the record schema and the integrity checks', () => {
    const map = build();
    expect(build()).toEqual(map);
    expect(complianceMapRecordSchema.parse(map)).toEqual(map);
    expect(mapIntegrityProblems(map)).toEqual([]);
    expect(map.projectId).toBe('project-1');
    expect(map.links.every((link) => link.by === EXAMPLE_MAP_AUTHOR)).toBe(true);
  });

  it('pins both processes to the versions the example project works from, and copies every step', () => {
    const map = build();
    for (const [processId, template] of [
      ['central', TEMPLATES.central],
      ['department', TEMPLATES.department],
    ] as const) {
      const process = map.processes.find((p) => p.id === processId);
      const ref = EXAMPLE_TEMPLATES.find((t) => t.templateId === template.id);
      expect(ref?.packId).toBe(EXAMPLE_MAP_PACK);
      expect(process?.source).toEqual({
        type: 'template',
        packId: EXAMPLE_MAP_PACK,
        templateId: template.id,
        version: ref?.version,
      });
      expect(process?.steps.map((s) => s.id)).toEqual(template.steps.map((s) => s.id));
    }
  });

  it('has agreed links of the set relations a team would draw, each with a note', () => {
    const map = build();
    const agreed = map.links.filter((l) => l.status === 'agreed');
    for (const relation of ['equal-to', 'equivalent-to', 'intersects-with'] as const)
      expect(agreed.some((l) => l.relation === relation)).toBe(true);
    expect(map.links.some((l) => l.relation === 'subset-of')).toBe(true);
    expect(map.links.every((l) => l.note.trim().length > 0)).toBe(true);
  });

  it('declares the design-before-build conflict with its reason and an open register entry with an owner', () => {
    const map = build();
    const declared = map.links.filter((l) => l.relation === 'conflicts-with');
    expect(declared).toHaveLength(1);
    expect(declared[0]?.from).toEqual({ processId: 'department', stepId: 'architecture-design-sign-off' });
    expect(declared[0]?.to).toEqual({ processId: 'central', stepId: 'alpha-assessment' });
    expect(declared[0]?.reason).toContain('prototypes with users in alpha');
    expect(map.conflicts).toEqual([
      expect.objectContaining({
        subject: { type: 'link', linkId: declared[0]?.id },
        status: 'open',
        owner: expect.stringMatching(/\S/) as unknown,
        proposedResolution: expect.stringContaining('design outline') as unknown,
      }),
    ]);
  });

  it('makes design before build a real cycle in the merged precedence graph, and the only one', () => {
    const map = build();
    const { node, edges } = precedenceGraph(map);
    const design = node('department:architecture-design-sign-off');
    expect(shortestCycle(edges, design)).toEqual([
      design,
      node('central:alpha-approval'),
      node('central:data-protection-impact-assessment'),
      node('central:alpha-assessment'),
    ]);
    expect(node('department:data-protection-impact-assessment')).toBe(
      node('central:data-protection-impact-assessment'),
    );
    const onACycle = [...new Set(map.processes.flatMap((p) => p.steps.map((s) => node(`${p.id}:${s.id}`))))].filter(
      (n) => shortestCycle(edges, n) !== null,
    );
    expect(new Set(onACycle)).toEqual(
      new Set([
        design,
        node('central:alpha-approval'),
        node('central:data-protection-impact-assessment'),
        node('central:alpha-assessment'),
      ]),
    );
  });

  it('has no cycle once the department’s ordering rule is set aside', () => {
    const map = build();
    const without = { ...map, links: map.links.filter((l) => l.relation !== 'must-follow') };
    const { node, edges } = precedenceGraph(without);
    expect(shortestCycle(edges, node('department:architecture-design-sign-off'))).toBeNull();
  });
});
