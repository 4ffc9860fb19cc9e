// Gates (src/domain/business-case/gates.ts): the prompts a case shows and the classic document it stands in for.
import { describe, expect, it } from 'vitest';
import { CASE_GATES, type CaseGate } from '../../../src/domain/business-case/model';
import {
  classicDocument,
  classicDocumentSentence,
  flattenTemplateSections,
  gatePhase,
  promptsForGate,
  templateCoversGate,
} from '../../../src/domain/business-case/gates';
import { builtInTemplate } from './fixtures';

const template = builtInTemplate();
const summary = template.sections.find((s) => s.id === 'summary');
if (!summary) throw new Error('The built-in template has no summary section.');

describe('prompts for a gate', () => {
  it('shows only the prompts of the phase the case asks to fund', () => {
    const prompts = promptsForGate(summary, 'alpha-to-beta');
    expect(prompts).toEqual(summary.prompts?.beta);
    expect(prompts[0]).toBe('Which option did alpha point to, and what evidence supports it?');
    for (const question of summary.prompts?.alpha ?? []) expect(prompts).not.toContain(question);
  });

  it('never mixes the prompts of two phases, at any gate', () => {
    for (const gate of CASE_GATES) {
      for (const { section } of flattenTemplateSections(template)) {
        const prompts = promptsForGate(section, gate);
        const phases = (['discovery', 'alpha', 'beta', 'live'] as const).filter((phase) =>
          prompts.some((p) => section.prompts?.[phase]?.includes(p)),
        );
        expect(phases.length <= 1, `${gate} ${section.id}`).toBe(true);
        if (phases.length === 1) expect(phases[0]).toBe(gatePhase(gate));
      }
    }
  });

  it('shows no prompts when the template has none for that phase', () => {
    expect(promptsForGate({ prompts: { discovery: ['Only for discovery?'] } }, 'beta-to-live')).toEqual([]);
    expect(promptsForGate({}, 'start-discovery')).toEqual([]);
    expect(templateCoversGate({ ...template, phases: ['discovery', 'alpha'] }, 'alpha-to-beta')).toBe(false);
    expect(templateCoversGate(template, 'alpha-to-beta')).toBe(true);
  });

  it('lists every section with its sub-sections after it', () => {
    const flat = flattenTemplateSections(template);
    expect(flat.slice(0, 3).map((f) => [f.section.id, f.parentId])).toEqual([
      ['summary', null],
      ['strategic', null],
      ['case-for-change', 'strategic'],
    ]);
  });
});

describe('classic documents', () => {
  it('maps each gate to the Treasury document it stands in for', () => {
    const expected: Record<CaseGate, string> = {
      'start-discovery': 'strategic-outline-case',
      'discovery-to-alpha': 'strategic-outline-case',
      'alpha-to-beta': 'outline-business-case',
      'beta-to-live': 'full-business-case',
      'continue-live': 'full-business-case',
    };
    for (const gate of CASE_GATES) expect(classicDocument(gate, false)).toBe(expected[gate]);
    expect(classicDocumentSentence('alpha-to-beta', false)).toBe(
      'Move from alpha to beta: this case stands in for the Outline Business Case.',
    );
  });

  it('makes every gate of a small scheme a business justification case', () => {
    for (const gate of CASE_GATES) expect(classicDocument(gate, true)).toBe('business-justification-case');
  });
});
