import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../../src/cli/pack-source';
import { durationWords, runSheet, sessionMinutes, SESSION_MINUTES } from '../../../src/domain/assessment/run-sheet';
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

  it('gives a reassessment of one point about the time it has in the full session, without a break', async () => {
    const standard = await govUk();
    const sheet = runSheet(assessment({ stage: 'beta-reassessment', scope: ['12'] }), standard);
    expect(sheet.map((item) => [item.kind, item.minutes])).toEqual([
      ['introduction', 15],
      ['demo', 30],
      ['role', 15],
      ['close', 20],
    ]);
    expect(sessionMinutes(sheet)).toBe(80);
    expect(durationWords(sessionMinutes(sheet))).toBe('1 hour 20 minutes');
  });

  it('keeps the break in a reassessment of many points, and never gives more than the full session', async () => {
    const standard = await govUk();
    const scope = ['1', '2', '3', '4', '5', '9', '11', '12', '13', '14'];
    const sheet = runSheet(assessment({ stage: 'beta-reassessment', scope }), standard);
    expect(sheet.some((item) => item.kind === 'break')).toBe(true);
    const designer = sheet.find((item) => item.kind === 'role' && item.role === 'designer');
    // 160 minutes for 14 points is about 11.4 a point: four points get 50 minutes in steps of five.
    expect(designer?.minutes).toBe(50);
    expect(sessionMinutes(sheet)).toBeLessThan(SESSION_MINUTES);
    expect(sessionMinutes(sheet)).toBeGreaterThan(2 * 60);
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

  it('says a session’s length in hours and minutes, to the nearest five minutes', () => {
    expect(durationWords(240)).toBe('4 hours');
    expect(durationWords(238)).toBe('4 hours');
    expect(durationWords(60)).toBe('1 hour');
    expect(durationWords(80)).toBe('1 hour 20 minutes');
    expect(durationWords(45)).toBe('45 minutes');
  });

  it('has questions at alpha, beta and live for every GOV.UK point', async () => {
    for (const point of (await govUk()).points) {
      for (const phase of ['alpha', 'beta', 'live'] as const)
        expect(point.questions?.[phase]?.length).toBeGreaterThan(1);
      expect(point.lead).toBeDefined();
    }
  });
});
