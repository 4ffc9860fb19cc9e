// Add a step to a process or change one (/compliance-map/processes/:processId/steps/new and …/:stepId).
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  addStep,
  draftFromStep,
  editStep,
  emptyStepDraft,
  type StepDraft,
} from '../../domain/compliance-map/map-edits';
import type { ComplianceMap, MapProcess, MapStep } from '../../domain/compliance-map/map-model';
import { PHASE_LABELS, PHASES, type Phase, type Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { FieldsetFrame, RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { summaryItems, useMapSave, WithMap } from './map-screen';

const FIELDS = {
  name: 'step-name',
  owner: 'step-owner',
  phase: 'step-phase',
  durationDays: 'step-days',
  evidence: 'step-evidence',
  dependsOn: 'step-depends-on',
  description: 'step-description',
};

function StepForm({
  project,
  map,
  process,
  step,
}: {
  project: Project;
  map: ComplianceMap;
  process: MapProcess;
  step: MapStep | null;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<StepDraft>(step ? draftFromStep(step) : emptyStepDraft());
  const { errors, saveError, save } = useMapSave(project, map);
  const back = paths.map.process(project.id, process.id);
  const update = <K extends keyof StepDraft>(key: K, value: StepDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const others = process.steps.filter((s) => s.id !== step?.id);

  return (
    <form
      noValidate
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          (m) =>
            step ? editStep(m, { processId: process.id, stepId: step.id }, draft) : addStep(m, process.id, draft),
          step
            ? `\u201c${draft.name.trim()}\u201d is saved.`
            : `\u201c${draft.name.trim()}\u201d is added to ${process.title}.`,
          () => navigate(back),
        );
      }}
    >
      <ErrorSummary errors={summaryItems(errors, FIELDS, saveError)} />
      <TextField
        id={FIELDS.name}
        label="Name"
        hint="For example “Architecture design sign-off”"
        value={draft.name}
        error={errors.name}
        onChange={(v) => update('name', v)}
      />
      <TextField
        id={FIELDS.owner}
        label="Owner (optional)"
        hint="Who carries out or decides the step"
        value={draft.owner}
        error={errors.owner}
        onChange={(v) => update('owner', v)}
      />
      <RadioGroup<Phase | ''>
        id={FIELDS.phase}
        legend="Phase (optional)"
        value={draft.phase ?? ''}
        error={errors.phase}
        options={[
          ...PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] })),
          { value: '' as const, label: 'Not tied to a phase' },
        ]}
        onChange={(v) => update('phase', v === '' ? null : v)}
      />
      <TextField
        id={FIELDS.durationDays}
        label="Typical days (optional)"
        hint="Elapsed working days, as a whole number"
        value={draft.durationDays}
        error={errors.durationDays}
        onChange={(v) => update('durationDays', v)}
      />
      <TextArea
        id={FIELDS.evidence}
        label="Evidence it asks for (optional)"
        hint="One document or artefact on each line"
        value={draft.evidence}
        error={errors.evidence}
        onChange={(v) => update('evidence', v)}
      />
      <FieldsetFrame
        id={FIELDS.dependsOn}
        legend="Which steps of this process must finish first? (optional)"
        error={errors.dependsOn}
      >
        {others.length === 0 ? (
          <p className="muted">This process has no other steps yet.</p>
        ) : (
          <div className="radios">
            {others.map((other, index) => {
              const id = index === 0 ? FIELDS.dependsOn : `${FIELDS.dependsOn}-${index}`;
              return (
                <div className="radio" key={other.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={draft.dependsOn.includes(other.id)}
                    onChange={(e) =>
                      update(
                        'dependsOn',
                        e.target.checked
                          ? others.map((o) => o.id).filter((o) => o === other.id || draft.dependsOn.includes(o))
                          : draft.dependsOn.filter((d) => d !== other.id),
                      )
                    }
                  />
                  <label htmlFor={id}>{other.name}</label>
                </div>
              );
            })}
          </div>
        )}
      </FieldsetFrame>
      <TextArea
        id={FIELDS.description}
        label="Description (optional)"
        hint="What happens in the step"
        value={draft.description}
        error={errors.description}
        onChange={(v) => update('description', v)}
      />
      <div className="button-group">
        <button type="submit" className="button">
          {step ? 'Save changes' : 'Add step'}
        </button>
        <Link to={back} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function StepFormPage() {
  const { processId = '', stepId } = useParams();
  return (
    <WithMap title={stepId ? 'Change a step' : 'Add a step'}>
      {(map, project) => {
        const process = map.processes.find((p) => p.id === processId);
        const step = stepId === undefined ? null : process?.steps.find((s) => s.id === stepId);
        if (!process || step === undefined) return <NotFoundPage />;
        return (
          <Page
            title={step ? `Change ${step.name}: ${process.title}` : `Add a step to ${process.title}: ${project.name}`}
            heading={step ? 'Change a step' : 'Add a step'}
            caption={process.title}
          >
            <StepForm project={project} map={map} process={process} step={step} />
          </Page>
        );
      }}
    </WithMap>
  );
}
