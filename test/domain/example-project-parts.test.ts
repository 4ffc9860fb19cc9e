// The example project's assessment, maturity self-assessment and business case: valid against the record
// schemas, dated from the clock they are built with, and showing what the example is there to show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentOverview } from '../../src/domain/assessment/assessment-overview';
import {
  assessmentRecordSchema,
  maturitySelfAssessmentRecordSchema,
} from '../../src/domain/assessment/assessment-schemas';
import { EXAMPLE_AMBER_POINT, EXAMPLE_MATURITY_MODEL } from '../../src/domain/assessment/example-assessment';
import { amberActionDueDate, isOverdue, responseDeadline } from '../../src/domain/assessment/working-days';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from '../../src/domain/business-case/schemas';
import { EXAMPLE_TEMPLATES, buildExampleProject } from '../../src/domain/example-project';
import { standardSchema } from '../../src/domain/pack';

function ids(): () => string {
  let n = 0;
  return () => `id-${(n += 1)}`;
}

const NOW = new Date('2026-11-02T09:30:00.000Z');
const TODAY = '2026-11-02';

function packFile(packId: string, templateId: string): unknown {
  return parse(
    readFileSync(join(import.meta.dirname, '../../templates', packId, 'standards', `${templateId}.yaml`), 'utf8'),
  );
}

describe("the example project's assessment, maturity self-assessment and business case", () => {
  const records = buildExampleProject(ids(), NOW);
  const [assessment] = records.assessments;
  const evidenceIds = new Set(records.evidence.map((e) => e.id));

  it('gives one of each, valid against the record schemas and belonging to the project', () => {
    expect(records.assessments).toHaveLength(1);
    expect(records.maturityAssessments).toHaveLength(1);
    expect(records.businessCases).toHaveLength(1);
    for (const a of records.assessments) expect(assessmentRecordSchema.parse(a)).toEqual(a);
    for (const m of records.maturityAssessments) expect(maturitySelfAssessmentRecordSchema.parse(m)).toEqual(m);
    for (const c of records.businessCases) expect(businessCaseRecordSchema.parse(c)).toEqual(c);
    for (const r of records.caseRevisions) expect(caseRevisionRecordSchema.parse(r)).toEqual(r);
    const owned = [...records.assessments, ...records.maturityAssessments, ...records.businessCases];
    for (const record of owned) expect(record.projectId).toBe(records.project.id);
    const allIds = [
      records.project.id,
      ...records.templates.map((t) => t.id),
      ...records.evidence.map((e) => e.id),
      ...owned.map((r) => r.id),
      ...records.caseRevisions.map((r) => r.id),
    ];
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('is an alpha assessment against the pinned GOV.UK standard, part-way through, citing only the example evidence', () => {
    if (!assessment) throw new Error('no assessment');
    const ref = EXAMPLE_TEMPLATES.find((t) => t.templateId === 'gov-uk-service-standard');
    expect(assessment.standard).toEqual(ref);
    expect(assessment.stage).toBe('alpha');
    const standard = standardSchema.parse(packFile('gov-uk-service-standard', 'gov-uk-service-standard'));
    expect(standard.version).toBe(assessment.standard.version);
    const pointIds = standard.points.map((p) => p.id);
    const points = standard.points.map((p) => ({ id: p.id, title: p.title }));
    const overview = assessmentOverview(assessment, points, TODAY);
    expect(overview.ready).toBeGreaterThanOrEqual(5);
    expect(overview.ready).toBeLessThan(pointIds.length);
    expect(overview.statusCounts['in-progress']).toBeGreaterThan(0);
    for (const a of assessment.answers) for (const id of a.evidenceIds) expect(evidenceIds.has(id)).toBe(true);
    const uses = new Map<string, number>();
    for (const a of assessment.answers) for (const id of a.evidenceIds) uses.set(id, (uses.get(id) ?? 0) + 1);
    expect([...uses.values()].some((n) => n >= 2)).toBe(true);
  });

  it('has one overdue team action and its panel report recorded with exactly one amber point', () => {
    if (!assessment?.outcome) throw new Error('no outcome');
    const { outcome } = assessment;
    const overdue = assessment.actions.filter((a) => !a.done && isOverdue(a.dueDate, TODAY));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.source).toBe('team');
    expect(Object.keys(outcome.pointRatings)).toHaveLength(14);
    const amber = Object.entries(outcome.pointRatings).filter(([, rating]) => rating === 'amber');
    expect(amber).toEqual([[EXAMPLE_AMBER_POINT, 'amber']]);
    expect(
      Object.values(outcome.pointRatings)
        .filter((r) => r !== 'amber')
        .every((r) => r === 'green'),
    ).toBe(true);
    expect(outcome.overallRating).toBe('amber');
    expect(outcome.response).toBe('none');
    if (!outcome.reportReceived || !assessment.panelDate) throw new Error('no dates');
    expect(assessment.panelDate < outcome.reportReceived).toBe(true);
    expect(outcome.reportReceived < TODAY).toBe(true);
    expect(outcome.responseDeadline).toBe(responseDeadline(outcome.reportReceived).date);
    expect(outcome.recommendations.length).toBeGreaterThan(0);
    const amberActions = assessment.actions.filter((a) => a.source === 'panel' && a.pointId === EXAMPLE_AMBER_POINT);
    expect(amberActions.length).toBeGreaterThan(0);
    for (const action of amberActions) {
      expect(action.dueDate).toBe(amberActionDueDate(outcome.reportReceived).date);
      expect(action.owner).not.toBe('');
    }
  });

  it('keeps its dates counted from the clock', () => {
    const later = buildExampleProject(ids(), new Date('2027-06-15T09:30:00.000Z')).assessments[0];
    expect(later?.panelDate).toBe('2027-06-03');
    expect(later?.outcome?.reportReceived).toBe('2027-06-10');
  });

  it('scores itself on the pinned Colorado index with targets and a lever for every gap', () => {
    const [maturity] = records.maturityAssessments;
    if (!maturity) throw new Error('no maturity self-assessment');
    expect(maturity.model).toEqual(EXAMPLE_MATURITY_MODEL);
    const model = packFile(EXAMPLE_MATURITY_MODEL.packId, EXAMPLE_MATURITY_MODEL.templateId) as {
      version: string;
      levels: { id: string }[];
      categories: { id: string }[];
    };
    expect(model.version).toBe(EXAMPLE_MATURITY_MODEL.version);
    expect(maturity.scores.map((s) => s.categoryId)).toEqual(model.categories.map((c) => c.id));
    const order = model.levels.map((l) => l.id);
    for (const score of maturity.scores) {
      expect(order).toContain(score.current);
      expect(order).toContain(score.target);
      if (order.indexOf(score.current ?? '') < order.indexOf(score.target ?? '')) expect(score.lever).not.toBe('');
    }
    expect(maturity.date < TODAY).toBe(true);
  });

  it('has a business case asking for beta with two revisions, one assumption disproved', () => {
    const [businessCase] = records.businessCases;
    expect(businessCase?.gate).toBe('alpha-to-beta');
    expect(businessCase?.template).toEqual(EXAMPLE_TEMPLATES.find((t) => t.templateId === 'agile-business-case'));
    expect(records.caseRevisions.map((r) => r.number)).toEqual([1, 2]);
    const [first, second] = records.caseRevisions;
    expect(first?.frozenAt).not.toBeNull();
    expect(second?.frozenAt).toBeNull();
    expect(second?.assumptions.filter((a) => a.status === 'disproved')).toHaveLength(1);
    for (const r of records.caseRevisions)
      for (const a of r.assumptions) for (const id of a.evidenceIds) expect(evidenceIds.has(id)).toBe(true);
  });
});
