// Creating a business case for a project and changing the decision it asks for. The case itself holds
// little: its template, its gate and whether it is a small scheme; the content lives in its revisions.
import type { BusinessCase, CaseGate, CaseTemplateRef } from './model';

export const CASE_LIMITS = { title: 200 } as const;

export interface NewCase {
  id: string;
  projectId: string;
  title: string;
  template: CaseTemplateRef;
  gate: CaseGate;
  smallScheme: boolean;
  now: Date;
}

function checkedTitle(title: string): string {
  const clean = title.trim();
  if (clean.length === 0) throw new Error('Give the business case a title.');
  if (clean.length > CASE_LIMITS.title) throw new Error(`The title must be ${CASE_LIMITS.title} characters or fewer.`);
  return clean;
}

export function createBusinessCase(input: NewCase): BusinessCase {
  const at = input.now.toISOString();
  return {
    id: input.id,
    projectId: input.projectId,
    title: checkedTitle(input.title),
    template: { ...input.template },
    gate: input.gate,
    smallScheme: input.smallScheme,
    createdAt: at,
    updatedAt: at,
  };
}

/** Edits the title, the decision asked for, or the small-scheme mark. Frozen revisions keep their own gate. */
export function editBusinessCase(
  businessCase: BusinessCase,
  edit: Partial<Pick<BusinessCase, 'title' | 'gate' | 'smallScheme'>>,
  now: Date,
): BusinessCase {
  return {
    ...businessCase,
    ...edit,
    ...(edit.title !== undefined ? { title: checkedTitle(edit.title) } : {}),
    updatedAt: now.toISOString(),
  };
}
