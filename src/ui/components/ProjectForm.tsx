// The form for creating and editing a project. Keeps what was typed when saving fails.
import { useState, type FormEvent } from 'react';
import {
  PHASES,
  PHASE_LABELS,
  PROJECT_LIMITS,
  validateProjectDraft,
  type FieldErrors,
  type ProjectDraft,
} from '../../domain/project';
import { ErrorSummary, type ErrorItem } from './ErrorSummary';
import { RadioGroup, TextArea, TextField } from './fields';
import { errorMessage } from './error-message';

const PHASE_HINTS = {
  discovery: 'Finding out about the problem and the people who have it',
  alpha: 'Trying out ideas and prototypes to learn what might work',
  beta: 'Building the real service and testing it with real users',
  live: 'Running and improving the service',
} as const;

const FIELD_ORDER: (keyof ProjectDraft)[] = ['name', 'department', 'phase', 'owner', 'description'];

interface ProjectFormProps {
  initial: ProjectDraft;
  submitLabel: string;
  /** Saves the draft. A thrown error is shown to the person and nothing typed is lost. */
  onSubmit: (draft: ProjectDraft) => Promise<void>;
  onCancel: () => void;
}

export function ProjectForm({ initial, submitLabel, onSubmit, onCancel }: ProjectFormProps) {
  const [draft, setDraft] = useState<ProjectDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors<ProjectDraft>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const update = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateProjectDraft(draft);
    setErrors(found);
    setSaveError(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSubmit(draft);
    } catch (error) {
      setSaveError(errorMessage(error, 'Your change could not be saved. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  const summary: ErrorItem[] = [
    ...FIELD_ORDER.flatMap((key) => (errors[key] ? [{ fieldId: `project-${key}`, message: errors[key] ?? '' }] : [])),
    ...(saveError ? [{ message: saveError }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={summary} />
      <TextField
        id="project-name"
        label="Project name"
        hint="The name people in your department know it by"
        value={draft.name}
        error={errors.name}
        maxLength={PROJECT_LIMITS.name + 20}
        onChange={(v) => update('name', v)}
      />
      <TextField
        id="project-department"
        label="Department or organisation (optional)"
        value={draft.department}
        error={errors.department}
        autoComplete="organization"
        onChange={(v) => update('department', v)}
      />
      <RadioGroup
        id="project-phase"
        legend="Which phase is the project in?"
        value={draft.phase}
        error={errors.phase}
        options={PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p], hint: PHASE_HINTS[p] }))}
        onChange={(v) => update('phase', v)}
      />
      <TextField
        id="project-owner"
        label="Project owner (optional)"
        hint="The person accountable for the project, such as the service owner"
        value={draft.owner}
        error={errors.owner}
        autoComplete="name"
        onChange={(v) => update('owner', v)}
      />
      <TextArea
        id="project-description"
        label="Short description (optional)"
        hint="What the project is for, in a sentence or two"
        value={draft.description}
        error={errors.description}
        onChange={(v) => update('description', v)}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
