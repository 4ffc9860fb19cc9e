// Projects: the unit a project manager works on. Pure rules for creating, editing and validating them.

/** Delivery phases in the order a service moves through them. */
export const PHASES = ['discovery', 'alpha', 'beta', 'live'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  discovery: 'Discovery',
  alpha: 'Alpha',
  beta: 'Beta',
  live: 'Live',
};

export interface Project {
  id: string;
  name: string;
  department: string;
  phase: Phase;
  owner: string;
  description: string;
  /** True for the example project created on first start, so the UI can label it. */
  isExample: boolean;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Set when archived; archived projects are kept but listed apart. */
  archivedAt: string | null;
  /** Set when deleted; the record is kept briefly so that the deletion can be undone. */
  deletedAt: string | null;
}

/** What a person fills in when creating or editing a project. */
export interface ProjectDraft {
  name: string;
  department: string;
  phase: Phase;
  owner: string;
  description: string;
}

export const PROJECT_LIMITS = { name: 120, department: 120, owner: 120, description: 2000 } as const;

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

/**
 * Checks a draft and returns one plain-English message per field that needs fixing.
 * An empty object means the draft can be saved.
 */
export function validateProjectDraft(draft: ProjectDraft): FieldErrors<ProjectDraft> {
  const errors: FieldErrors<ProjectDraft> = {};
  const name = draft.name.trim();
  if (name.length === 0) errors.name = 'Enter a project name';
  else if (name.length > PROJECT_LIMITS.name)
    errors.name = `Project name must be ${PROJECT_LIMITS.name} characters or fewer`;
  if (draft.department.trim().length > PROJECT_LIMITS.department)
    errors.department = `Department must be ${PROJECT_LIMITS.department} characters or fewer`;
  if (draft.owner.trim().length > PROJECT_LIMITS.owner)
    errors.owner = `Owner must be ${PROJECT_LIMITS.owner} characters or fewer`;
  if (draft.description.trim().length > PROJECT_LIMITS.description)
    errors.description = `Description must be ${PROJECT_LIMITS.description} characters or fewer`;
  if (!isPhase(draft.phase)) errors.phase = 'Select the phase the project is in';
  return errors;
}

export function emptyDraft(): ProjectDraft {
  return { name: '', department: '', phase: 'discovery', owner: '', description: '' };
}

export function draftFromProject(project: Project): ProjectDraft {
  const { name, department, phase, owner, description } = project;
  return { name, department, phase, owner, description };
}

function tidy(draft: ProjectDraft): ProjectDraft {
  return {
    name: draft.name.trim(),
    department: draft.department.trim(),
    phase: draft.phase,
    owner: draft.owner.trim(),
    description: draft.description.trim(),
  };
}

/** Builds a new project from a valid draft. Throws if the draft is not valid. */
export function createProject(draft: ProjectDraft, id: string, now: Date, isExample = false): Project {
  const errors = validateProjectDraft(draft);
  if (Object.keys(errors).length > 0) throw new Error(Object.values(errors).join('. '));
  const at = now.toISOString();
  return { id, ...tidy(draft), isExample, createdAt: at, updatedAt: at, archivedAt: null, deletedAt: null };
}

/** Applies an edit to a project. Throws if the draft is not valid. */
export function applyProjectEdit(project: Project, draft: ProjectDraft, now: Date): Project {
  const errors = validateProjectDraft(draft);
  if (Object.keys(errors).length > 0) throw new Error(Object.values(errors).join('. '));
  return { ...project, ...tidy(draft), updatedAt: now.toISOString() };
}

export function isArchived(project: Project): boolean {
  return project.archivedAt !== null;
}

/** Sorts projects for listing: most recently updated first, then by name. */
export function sortProjects(projects: readonly Project[]): Project[] {
  return [...projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
}

/** The example project offered on first start and from Settings. */
export const EXAMPLE_PROJECT_DRAFT: ProjectDraft = {
  name: 'Example: Apply for a fishing licence',
  department: 'Department for Rivers and Coasts (example)',
  phase: 'alpha',
  owner: 'Sam Taylor (example)',
  description:
    'An example project to explore Waymark. It is moving from discovery into alpha, answers to both a central ' +
    'service assessment and the department\u2019s own architecture board, and needs an agile business case. ' +
    'Delete it whenever you like; you can bring it back from Settings.',
};
