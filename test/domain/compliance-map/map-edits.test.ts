import { describe, expect, it } from 'vitest';
import type { ComplianceMap, StepRef } from '../../../src/domain/compliance-map/map-model';
import { mapIntegrityProblems } from '../../../src/domain/compliance-map/map-record-schema';
import {
  addProcess,
  addStep,
  addTemplateProcess,
  deleteStep,
  editProcess,
  editStep,
  emptyMap,
  emptyStepDraft,
  type EditContext,
  type EditOutcome,
  type StepDraft,
} from '../../../src/domain/compliance-map/map-edits';
import {
  acceptSuggestion,
  addLink,
  deleteLink,
  editLink,
  emptyLinkDraft,
  markLinkReviewed,
  rejectSuggestion,
  type LinkDraft,
} from '../../../src/domain/compliance-map/map-edit-links';
import {
  addException,
  cycleSubject,
  emptyConflictDraft,
  parseStepKey,
  removeException,
  upsertConflict,
} from '../../../src/domain/compliance-map/map-edit-register';
import type { ProcessTemplate } from '../../../src/domain/pack';

let counter = 0;
const context: EditContext = { by: 'Priya Shah', at: '2026-06-01T10:00:00.000Z', newId: () => `id-${++counter}` };

function ok(outcome: EditOutcome): ComplianceMap {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors)}`);
  expect(mapIntegrityProblems(outcome.map)).toEqual([]);
  return outcome.map;
}
function refused(outcome: EditOutcome): Record<string, string | undefined> {
  if (outcome.ok) throw new Error('accepted');
  return outcome.errors;
}
const step = (over: Partial<StepDraft>): StepDraft => ({ ...emptyStepDraft(), ...over });

/** Two processes written here: central (design, build) and department (sign-off). */
function twoProcesses(): ComplianceMap {
  let map = emptyMap({ id: 'map', projectId: 'p' }, context.at);
  map = ok(addProcess(map, { title: 'Central route', side: 'central', organisation: 'Centre' }));
  map = ok(addProcess(map, { title: 'Department gates', side: 'departmental', organisation: '' }));
  map = ok(addStep(map, 'central', step({ name: 'Build and test prototypes', durationDays: '20' })));
  map = ok(addStep(map, 'central', step({ name: 'Alpha assessment', dependsOn: ['build-and-test-prototypes'] })));
  map = ok(addStep(map, 'department', step({ name: 'Design sign-off', evidence: 'Full design\n\n  Risk log  ' })));
  return map;
}
const build: StepRef = { processId: 'central', stepId: 'build-and-test-prototypes' };
const signOff: StepRef = { processId: 'department', stepId: 'design-sign-off' };
const link = (over: Partial<LinkDraft>): LinkDraft => ({ ...emptyLinkDraft(), from: signOff, to: build, ...over });

describe('processes and steps', () => {
  it('gives each process a unique id from its side, and each step one from its name', () => {
    let map = twoProcesses();
    map = ok(addProcess(map, { title: 'Second central route', side: 'central', organisation: '' }));
    expect(map.processes.map((p) => p.id)).toEqual(['central', 'department', 'central-2']);
    map = ok(addStep(map, 'central', step({ name: 'Alpha assessment' })));
    expect(map.processes[0]?.steps.map((s) => s.id)).toEqual([
      'build-and-test-prototypes',
      'alpha-assessment',
      'alpha-assessment-2',
    ]);
    expect(map.processes[1]?.steps[0]?.evidence).toEqual(['Full design', 'Risk log']);
  });

  it('requires a title and a side, and changes them without touching the steps', () => {
    const map = twoProcesses();
    expect(refused(addProcess(map, { title: ' ', side: null, organisation: '' }))).toEqual({
      title: 'Enter a title for the process',
      side: 'Choose whose process it is',
    });
    const changed = ok(editProcess(map, 'department', { title: 'Stage gates', side: 'other', organisation: 'IT' }));
    expect(changed.processes[1]).toMatchObject({ title: 'Stage gates', side: 'other', organisation: 'IT' });
    expect(changed.processes[1]?.steps).toEqual(map.processes[1]?.steps);
  });

  it('adds a template once, pinned to its version', () => {
    const template = {
      id: 'gates',
      kind: 'process',
      title: 'Gates',
      version: '1.2.0',
      side: 'departmental',
      steps: [{ id: 'gate-1', name: 'Gate 1' }],
    } as unknown as ProcessTemplate; // only the fields mapProcessFromTemplate reads
    const map = ok(addTemplateProcess(twoProcesses(), 'pack', template));
    expect(map.processes[2]).toMatchObject({
      id: 'department-2',
      source: { type: 'template', packId: 'pack', templateId: 'gates', version: '1.2.0' },
    });
    expect(refused(addTemplateProcess(map, 'pack', template)).template).toBe('This map already has \u201cGates\u201d');
  });

  it('checks names, days and dependencies of a step', () => {
    const map = twoProcesses();
    expect(refused(addStep(map, 'central', step({ name: '', durationDays: '2.5' })))).toEqual({
      name: 'Enter a name for the step',
      durationDays: 'Enter the days as a whole number from 0 to 3650, or leave it empty',
    });
    expect(refused(addStep(map, 'central', step({ name: 'X', dependsOn: ['design-sign-off'] }))).dependsOn).toBe(
      'Choose only steps of this process that still exist',
    );
    expect(refused(editStep(map, build, step({ name: 'Build', dependsOn: [build.stepId] }))).dependsOn).toBe(
      'A step cannot depend on itself',
    );
    // Build would wait for the alpha assessment, which already waits for build.
    expect(refused(editStep(map, build, step({ name: 'Build', dependsOn: ['alpha-assessment'] }))).dependsOn).toMatch(
      /wait for each other in a circle/,
    );
  });

  it('refuses to delete a step others use, naming them, and deletes it once they are gone', () => {
    let map = ok(addLink(twoProcesses(), link({ relation: 'must-precede' }), context));
    const message = refused(deleteStep(map, build)).general;
    expect(message).toContain('\u201cBuild and test prototypes\u201d cannot be deleted');
    expect(message).toContain('the step \u201cAlpha assessment\u201d depends on it');
    expect(message).toContain('a link says \u201cDesign sign-off\u201d must come before it');
    map = ok(deleteLink(map, map.links[0]?.id ?? ''));
    map = ok(editStep(map, { processId: 'central', stepId: 'alpha-assessment' }, step({ name: 'Alpha assessment' })));
    map = ok(deleteStep(map, build));
    expect(map.processes[0]?.steps.map((s) => s.id)).toEqual(['alpha-assessment']);
  });
});

describe('links', () => {
  it('adds a link with who and when, and refuses the same pair and relation twice', () => {
    const map = ok(addLink(twoProcesses(), link({ relation: 'equivalent-to' }), context));
    expect(map.links[0]).toMatchObject({ origin: 'person', by: 'Priya Shah', at: context.at, needsReview: null });
    // The same relation read the other way round is the same link.
    expect(refused(addLink(map, link({ from: build, to: signOff, relation: 'equivalent-to' }), context)).relation).toBe(
      'These two steps already have a link with this relation',
    );
    // Many-to-many: another relation between the same steps is allowed.
    expect(ok(addLink(map, link({ relation: 'must-precede' }), context)).links).toHaveLength(2);
  });

  it('requires steps of different processes and a reason for a conflict', () => {
    const map = twoProcesses();
    const alpha = { processId: 'central', stepId: 'alpha-assessment' };
    expect(refused(addLink(map, link({ from: build, to: alpha, relation: 'equal-to' }), context)).to).toMatch(
      /different process/,
    );
    expect(refused(addLink(map, link({ relation: 'conflicts-with', reason: ' ' }), context)).reason).toBe(
      'Say why the two steps conflict',
    );
    expect(refused(addLink(map, link({ relation: null }), context)).relation).toBe('Choose how the steps relate');
  });

  it('keeps a link that the register or an exception uses', () => {
    let map = ok(addLink(twoProcesses(), link({ relation: 'conflicts-with', reason: 'Design before build' }), context));
    const id = map.links[0]?.id ?? '';
    map = ok(upsertConflict(map, { type: 'link', linkId: id }, emptyConflictDraft(), context));
    expect(refused(deleteLink(map, id)).general).toBe(
      'This link cannot be deleted while the conflict register has an entry for it. Remove that first.',
    );
    expect(refused(editLink(map, id, link({ relation: 'equal-to' }), context)).relation).toMatch(/register/);
  });

  it('accepts a suggestion with the relation the person chose, and remembers a rejection once', () => {
    const suggestion = {
      from: signOff,
      to: build,
      score: 0.8,
      relation: 'equal-to' as const,
      reasons: ['Same phase: alpha'],
    };
    let map = ok(rejectSuggestion(twoProcesses(), suggestion, context));
    map = ok(rejectSuggestion(map, { from: build, to: signOff }, context));
    expect(map.rejectedSuggestions).toEqual([{ from: signOff, to: build, by: 'Priya Shah', at: context.at }]);
    map = ok(acceptSuggestion(map, suggestion, { relation: 'intersects-with', reason: '' }, context));
    expect(map.links[0]).toMatchObject({
      relation: 'intersects-with',
      origin: 'accepted-suggestion',
      confidence: 'high',
      status: 'draft',
      note: 'Suggested because: Same phase: alpha.',
    });
    expect(map.rejectedSuggestions).toEqual([]);
  });

  it('clears the review flag when a person marks the link reviewed', () => {
    const map = ok(addLink(twoProcesses(), link({ relation: 'equal-to' }), context));
    const flagged = { ...map, links: map.links.map((l) => ({ ...l, needsReview: 'The step changed in 2.0.0.' })) };
    const later = { ...context, by: 'Sam Taylor', at: '2026-06-02T09:00:00.000Z' };
    expect(ok(markLinkReviewed(flagged, map.links[0]?.id ?? '', later)).links[0]).toMatchObject({
      needsReview: null,
      by: 'Sam Taylor',
      at: later.at,
    });
  });
});

describe('conflict register and exceptions', () => {
  it('keeps one entry per cycle, whatever order its steps are given in', () => {
    const map = twoProcesses();
    const keys = ['department:design-sign-off', 'central:build-and-test-prototypes'].map(parseStepKey);
    expect(keys.every((k) => k !== null)).toBe(true);
    const steps = keys.filter((k): k is StepRef => k !== null);
    let next = ok(upsertConflict(map, cycleSubject(steps), { ...emptyConflictDraft(), owner: 'Ana' }, context));
    next = ok(
      upsertConflict(
        next,
        cycleSubject([...steps].reverse()),
        { ...emptyConflictDraft(), owner: 'Ana', status: 'agreed', proposedResolution: 'Build a thin slice first' },
        context,
      ),
    );
    expect(next.conflicts).toHaveLength(1);
    expect(next.conflicts[0]).toMatchObject({ status: 'agreed', subject: { steps: [build, signOff] } });
    expect(parseStepKey('no-colon')).toBeNull();
    expect(
      refused(
        upsertConflict(map, cycleSubject([build, { processId: 'x', stepId: 'y' }]), emptyConflictDraft(), context),
      ).general,
    ).toMatch(/no longer in the map/);
  });

  it('refuses to mark a conflict agreed without a resolution', () => {
    let map = ok(addLink(twoProcesses(), link({ relation: 'conflicts-with', reason: 'Order' }), context));
    map = ok(addLink(map, link({ relation: 'equal-to' }), context));
    const subject = { type: 'link' as const, linkId: map.links[0]?.id ?? '' };
    expect(
      refused(upsertConflict(map, subject, { ...emptyConflictDraft(), status: 'agreed' }, context)).proposedResolution,
    ).toMatch(/settled/);
    expect(
      refused(upsertConflict(map, { type: 'link', linkId: map.links[1]?.id ?? '' }, emptyConflictDraft(), context))
        .general,
    ).toMatch(/does not say the steps conflict/);
  });

  it('agrees an exception on an ordering link or a dependency, once, and removes it', () => {
    let map = ok(addLink(twoProcesses(), link({ relation: 'must-precede' }), context));
    map = ok(addLink(map, link({ relation: 'equal-to' }), context));
    const [ordering, equal] = map.links.map((l) => l.id);
    expect(
      refused(
        addException(map, { waives: { type: 'link', linkId: equal ?? '' }, reason: 'x', evidenceIds: [] }, context),
      ).waives,
    ).toBe('Choose the ordering rule both sides agree to set aside');
    expect(
      refused(
        addException(map, { waives: { type: 'link', linkId: ordering ?? '' }, reason: '', evidenceIds: [] }, context),
      ).reason,
    ).toBe('Say why both sides agree to set the rule aside');
    const dependency = {
      type: 'dependency' as const,
      processId: 'central',
      stepId: 'alpha-assessment',
      dependsOn: build.stepId,
    };
    map = ok(addException(map, { waives: dependency, reason: 'Agreed at board', evidenceIds: ['e1', 'e1'] }, context));
    expect(map.exceptions[0]).toMatchObject({ agreedBy: 'Priya Shah', evidenceIds: ['e1'] });
    expect(
      refused(addException(map, { waives: dependency, reason: 'Again', evidenceIds: [] }, context)).waives,
    ).toMatch(/already/);
    // The dependency it sets aside cannot be dropped from under it.
    expect(
      refused(editStep(map, { processId: 'central', stepId: 'alpha-assessment' }, step({ name: 'Alpha' }))).dependsOn,
    ).toMatch(/exception/);
    map = ok(removeException(map, map.exceptions[0]?.id ?? ''));
    expect(map.exceptions).toEqual([]);
  });
});
