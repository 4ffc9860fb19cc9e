import { describe, expect, it } from 'vitest';
import {
  applyProjectEdit,
  createProject,
  emptyDraft,
  EXAMPLE_PROJECT_DRAFT,
  PROJECT_LIMITS,
  sortProjects,
  validateProjectDraft,
  type ProjectDraft,
} from '../../src/domain/project';

const draft = (over: Partial<ProjectDraft> = {}): ProjectDraft => ({
  ...emptyDraft(),
  name: 'Register a boat',
  ...over,
});
const now = new Date('2026-11-26T10:00:00Z');

describe('validateProjectDraft', () => {
  it('asks for a name when it is empty or only spaces', () => {
    expect(validateProjectDraft(draft({ name: '   ' }))).toEqual({ name: 'Enter a project name' });
  });

  it('accepts a draft with only a name', () => {
    expect(validateProjectDraft(draft())).toEqual({});
  });

  it('limits the length of every text field', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    const errors = validateProjectDraft(
      draft({
        name: long(PROJECT_LIMITS.name),
        department: long(PROJECT_LIMITS.department),
        owner: long(PROJECT_LIMITS.owner),
        description: long(PROJECT_LIMITS.description),
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(['department', 'description', 'name', 'owner']);
    expect(errors.name).toBe('Project name must be 120 characters or fewer');
  });

  it('rejects an unknown phase', () => {
    const bad = { ...draft(), phase: 'gamma' } as unknown as ProjectDraft;
    expect(validateProjectDraft(bad).phase).toBe('Select the phase the project is in');
  });
});

describe('createProject and applyProjectEdit', () => {
  it('trims text and stamps times', () => {
    const project = createProject(draft({ name: '  Register a boat  ', owner: ' Alex ' }), 'p1', now);
    expect(project).toMatchObject({
      id: 'p1',
      name: 'Register a boat',
      owner: 'Alex',
      archivedAt: null,
      deletedAt: null,
      isExample: false,
    });
    expect(project.createdAt).toBe('2026-11-26T10:00:00.000Z');
  });

  it('refuses to create an invalid project', () => {
    expect(() => createProject(draft({ name: '' }), 'p1', now)).toThrow('Enter a project name');
  });

  it('applies an edit and moves the updated time only', () => {
    const project = createProject(draft(), 'p1', now);
    const later = new Date('2026-11-27T09:00:00Z');
    const edited = applyProjectEdit(project, draft({ name: 'Renamed', phase: 'beta' }), later);
    expect(edited).toMatchObject({
      name: 'Renamed',
      phase: 'beta',
      createdAt: project.createdAt,
      updatedAt: later.toISOString(),
    });
  });

  it('builds a valid example project', () => {
    expect(validateProjectDraft(EXAMPLE_PROJECT_DRAFT)).toEqual({});
    expect(createProject(EXAMPLE_PROJECT_DRAFT, 'e', now, true).isExample).toBe(true);
  });
});

describe('sortProjects', () => {
  it('lists the most recently changed first, then by name', () => {
    const a = createProject(draft({ name: 'B' }), 'a', new Date('2026-01-01'));
    const b = createProject(draft({ name: 'A' }), 'b', new Date('2026-01-01'));
    const c = createProject(draft({ name: 'C' }), 'c', new Date('2026-02-01'));
    expect(sortProjects([a, b, c]).map((p) => p.name)).toEqual(['C', 'A', 'B']);
  });
});
