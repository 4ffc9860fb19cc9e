import { describe, expect, it } from 'vitest';
import { formatPackProblem, templateItemCount } from '../../src/domain/pack';
import { readEdited } from './pack-fixtures';

const crosswalk = (links: string, from = 'example-pack') => `id: cw
kind: crosswalk
title: Example to GOV.UK
version: 1.0.0
from: { pack: ${from}, template: example-standard }
to: { pack: gov-uk-service-standard, template: gov-uk-service-standard }
links:
${links}`;

const link = (from: string, to: string, relation = 'equal-to') =>
  `  - from: "${from}"\n    to: "${to}"\n    relation: ${relation}\n    rationale: Both ask for research with users.\n`;

describe('crosswalks in a pack', () => {
  it('are read from crosswalks/ and count their links', () => {
    const result = readEdited({ 'crosswalks/cw.yaml': crosswalk(link('1', '1') + link('2', '4', 'subset-of')) });
    expect(result.problems).toEqual([]);
    const template = result.pack?.templates.find((t) => t.kind === 'crosswalk');
    expect(template && templateItemCount(template)).toBe(2);
  });

  it('refuse a relation outside the set relations of the compliance map', () => {
    const result = readEdited({ 'crosswalks/cw.yaml': crosswalk(link('1', '1', 'must-precede')) });
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatPackProblem).join('\n')).toMatch(/crosswalks\/cw\.yaml, links\[0\]\.relation/);
  });

  it('refuse a point that is not in a standard of the same pack, and a pair linked twice', () => {
    const result = readEdited({ 'crosswalks/cw.yaml': crosswalk(link('9', '1') + link('1', '1') + link('1', '1')) });
    const messages = result.problems.map(formatPackProblem);
    expect(messages).toContain(
      'crosswalks/cw.yaml, links[0].from: "9" is not a point of the standard "example-standard"',
    );
    expect(messages).toContain('crosswalks/cw.yaml, links[2]: point 1 is linked to point 1 twice');
  });

  it('accept points of a standard in another pack as written', () => {
    expect(readEdited({ 'crosswalks/cw.yaml': crosswalk(link('99', '1'), 'other-pack') }).problems).toEqual([]);
  });
});
