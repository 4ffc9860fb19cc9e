// Editing a process: whose process it is and its steps, each with an owner, a phase, the steps it depends
// on (chosen from the other steps), a typical duration, the evidence it asks for and a description.
import { moveItem, newStep, removeStep, replaceAt } from '../../domain/own-pack';
import type { PROCESS_SIDES, ProcessStep, ProcessTemplate } from '../../domain/pack';
import { PHASE_LABELS, PHASES, isPhase } from '../../domain/project';
import { RadioGroup } from '../components/fields';
import {
  AddItemButton,
  EditorCheckboxes,
  EditorLines,
  EditorNumber,
  EditorText,
  EditorTextArea,
  ItemCard,
  optional,
  useFieldError,
} from './editor-fields';

const SIDE_OPTIONS = [
  {
    value: 'departmental',
    label: 'Our department or organisation',
    hint: 'A process run inside your own organisation',
  },
  {
    value: 'central',
    label: 'A central body',
    hint: 'A process run by the centre of government, such as spend controls',
  },
  { value: 'other', label: 'Someone else', hint: 'For example a regulator or a partner organisation' },
] as const satisfies readonly { value: (typeof PROCESS_SIDES)[number]; label: string; hint: string }[];

const PHASE_OPTIONS = [
  { value: 'none', label: 'Any phase or not set' },
  ...PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] })),
] as const;

function StepPhase({ id, step, onChange }: { id: string; step: ProcessStep; onChange: (step: ProcessStep) => void }) {
  const error = useFieldError(id);
  return (
    <div className="editor-inline">
      <RadioGroup
        id={id}
        legend="Phase (optional)"
        value={step.phase ?? 'none'}
        error={error}
        options={PHASE_OPTIONS}
        onChange={(value) => onChange({ ...step, phase: isPhase(value) ? value : undefined })}
      />
    </div>
  );
}

export function ProcessEditor({
  template,
  onChange,
}: {
  template: ProcessTemplate;
  onChange: (template: ProcessTemplate) => void;
}) {
  const { steps } = template;
  const setSteps = (next: ProcessStep[]) => onChange({ ...template, steps: next });
  const setStep = (index: number, step: ProcessStep) => setSteps(replaceAt(steps, index, step));
  const sideError = useFieldError('tpl-side');
  return (
    <>
      <RadioGroup
        id="tpl-side"
        legend="Whose process is it?"
        value={template.side}
        error={sideError}
        options={SIDE_OPTIONS}
        onChange={(side) => onChange({ ...template, side })}
      />
      <EditorText
        id="tpl-organisation"
        label="Organisation that runs it (optional)"
        value={template.organisation}
        onChange={(v) => onChange({ ...template, organisation: optional(v) })}
      />
      <h2 id="tpl-steps-heading">Steps</h2>
      <p className="hint" id="tpl-steps">
        The steps of the process. A step can depend on others that must finish first.
      </p>
      {steps.map((step, index) => {
        const id = `tpl-steps-${index}`;
        const others = steps.filter((other) => other.id !== step.id);
        return (
          <ItemCard
            key={step.id}
            listId="tpl-steps"
            index={index}
            count={steps.length}
            noun="Step"
            heading={`Step ${index + 1}${step.name ? `: ${step.name}` : ''}`}
            onMove={(direction) => setSteps(moveItem(steps, index, direction))}
            onRemove={() => onChange(removeStep(template, index))}
          >
            <EditorText
              id={`${id}-name`}
              label="Name"
              value={step.name}
              onChange={(v) => setStep(index, { ...step, name: v })}
            />
            <EditorText
              id={`${id}-owner`}
              label="Owner (optional)"
              hint="Who runs or signs off the step"
              value={step.owner}
              onChange={(v) => setStep(index, { ...step, owner: optional(v) })}
            />
            <StepPhase id={`${id}-phase`} step={step} onChange={(next) => setStep(index, next)} />
            <EditorCheckboxes
              id={`${id}-depends_on`}
              legend="Depends on (optional)"
              hint="Steps that must finish before this one starts"
              emptyText="There are no other steps yet."
              options={others.map((other) => ({
                value: other.id,
                label: other.name || `Step ${steps.indexOf(other) + 1}`,
              }))}
              value={step.depends_on ?? []}
              onChange={(ids) => setStep(index, { ...step, depends_on: ids.length > 0 ? ids : undefined })}
            />
            <EditorNumber
              id={`${id}-duration_days`}
              label="Typical duration in days (optional)"
              hint="A whole number of days, from 0 to 3650"
              value={step.duration_days}
              onChange={(v) => setStep(index, { ...step, duration_days: v })}
            />
            <EditorLines
              id={`${id}-evidence`}
              label="Evidence asked for (optional)"
              hint="Documents or artefacts, one on each line"
              value={step.evidence}
              onChange={(v) => setStep(index, { ...step, evidence: v })}
            />
            <EditorTextArea
              id={`${id}-description`}
              label="Description (optional)"
              hint="What happens in the step"
              value={step.description}
              onChange={(v) => setStep(index, { ...step, description: optional(v) })}
            />
          </ItemCard>
        );
      })}
      <AddItemButton
        label="Add a step"
        firstFieldId={`tpl-steps-${steps.length}-name`}
        onAdd={() => setSteps([...steps, newStep(steps)])}
      />
    </>
  );
}
