import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../../src/cli/pack-source';
import { runSheet, SESSION_MINUTES } from '../../../src/domain/assessment/run-sheet';
import type { StandardTemplate } from '../../../src/domain/pack';
import { answer, assessment } from './fixtures';

async function govUk(): Promise<StandardTemplate> {
  const { result } = await readPackFromDisk(join(import.meta.dirname, '../../../templates/gov-uk-service-standard'));
  const template = result.pack?.templates[0];
  if (template?.kind !== 'standard') throw new Error('no standard');
  return template;
}

describe('runSheet', () => {
  it('starts with introductions and a demo, groups points by who leads them, and fills four hours', async () => {
    const standard = await govUk();
    const sheet = runSheet(
      assessment({ answers: [answer('1', { rehearsalNotes: 'Show the research wall' })] }),
      standard,
    );
    expect(sheet.slice(0, 2).map((item) => item.kind)).toEqual(['introduction', 'demo']);
    expect(sheet.at(-1)?.kind).toBe('close');
    const roles = sheet.flatMap((item) =>
      item.kind === 'role' ? [[item.role, item.points.map((p) => p.pointId)]] : [],
    );
    expect(roles).toEqual([
      ['user-researcher', ['1']],
      ['designer', ['2', '3', '4', '5']],
      ['technical', ['9', '11', '12', '13', '14']],
      ['lead-assessor', ['6', '7', '8', '10']],
    ]);
    const total = sheet.reduce((sum, item) => sum + item.minutes, 0);
    expect(total).toBeLessThanOrEqual(SESSION_MINUTES);
    expect(total).toBeGreaterThan(SESSION_MINUTES - 5);
  });

  it('shows the questions for the stage and the team’s rehearsal notes', async () => {
    const standard = await govUk();
    const alpha = runSheet(
      assessment({ answers: [answer('1', { rehearsalNotes: 'Show the research wall' })] }),
      standard,
    );
    const beta = runSheet(assessment({ stage: 'beta-reassessment', scope: ['1'] }), standard);
    const first = (sheet: typeof alpha) => sheet.flatMap((item) => (item.kind === 'role' ? item.points : []))[0];
    expect(first(alpha)?.rehearsalNotes).toBe('Show the research wall');
    expect(first(alpha)?.questions).toEqual(standard.points[0]?.questions?.alpha);
    expect(first(beta)?.questions).toEqual(standard.points[0]?.questions?.beta);
    expect(first(beta)?.questions.length).toBeGreaterThan(0);
    expect(beta.filter((item) => item.kind === 'role')).toHaveLength(1);
  });

  it('has questions at alpha, beta and live for every GOV.UK point', async () => {
    for (const point of (await govUk()).points) {
      for (const phase of ['alpha', 'beta', 'live'] as const)
        expect(point.questions?.[phase]?.length).toBeGreaterThan(1);
      expect(point.lead).toBeDefined();
    }
  });
});
