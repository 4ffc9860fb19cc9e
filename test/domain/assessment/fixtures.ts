// Small builders for assessment tests: a GOV.UK-like scale, points and assessments with answers and actions.
import type { RatingScale } from '../../../src/domain/pack';
import {
  createAssessment,
  emptyAnswer,
  type Assessment,
  type AssessmentAction,
  type PointAnswer,
} from '../../../src/domain/assessment/assessment-model';

export const colourScale: RatingScale = {
  overall: true,
  values: [
    { id: 'green', label: 'Green', meaning: 'Met.' },
    { id: 'amber', label: 'Amber', meaning: 'Actions within three months.' },
    { id: 'red', label: 'Red', meaning: 'Reassessed.' },
  ],
};

export const metScale: RatingScale = {
  values: [
    { id: 'met', label: 'Met', meaning: 'Met.' },
    { id: 'not-met', label: 'Not met', meaning: 'Not met.' },
  ],
};

export const pointIds = Array.from({ length: 14 }, (_, i) => String(i + 1));
export const points = pointIds.map((id) => ({ id, title: `Point ${id}` }));

export function answer(pointId: string, over: Partial<PointAnswer> = {}): PointAnswer {
  return { ...emptyAnswer(pointId), ...over };
}

export function action(id: string, over: Partial<AssessmentAction> = {}): AssessmentAction {
  return { id, what: `Do ${id}`, owner: 'Sam', dueDate: null, done: false, source: 'team', pointId: null, ...over };
}

export function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    ...createAssessment({
      id: 'a1',
      projectId: 'p1',
      standard: { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.2.0' },
      stage: 'alpha',
      panelDate: '2026-12-15',
      now: new Date('2026-11-01T09:00:00Z'),
    }),
    ...over,
  };
}
