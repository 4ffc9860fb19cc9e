// One process of the map (/compliance-map/processes/:processId): its details and its steps in a table,
// with ways to add, change and delete steps and to change the process's details.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteStep, editProcess, type ProcessDraft } from '../../domain/compliance-map/map-edits';
import {
  MAP_PROCESS_SIDES,
  type ComplianceMap,
  type MapProcess,
  type MapProcessSide,
} from '../../domain/compliance-map/map-model';
import { PHASE_LABELS, type Project } from '../../domain/project';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { useActivePacks } from '../data';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { templateTitle } from './MapHomePage';
import { changeFromList, summaryItems, useMapSave, WithMap } from './map-screen';
import { SIDE_HINTS, SIDE_LABELS, plural, processSource } from './map-words';
import { newerTemplate } from './process-version';

function StepsTable({ project, map, process }: { project: Project; map: ComplianceMap; process: MapProcess }) {
  const [deleting, setDeleting] = useState<string | null>(null);
  const step = process.steps.find((s) => s.id === deleting);
  const nameOf = (id: string) => process.steps.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      {process.steps.length === 0 ? (
        <p className="inset">This process has no steps yet.</p>
      ) : (
        <DataTable
          caption={`Steps of ${process.title}`}
          scrollLabel="Steps"
          columns={['Step', 'Owner', 'Phase', 'Days', 'Depends on', 'Evidence', { label: 'Actions', hidden: true }]}
        >
          {process.steps.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name}</th>
              <td>{s.owner || 'Not given'}</td>
              <td>{s.phase ? PHASE_LABELS[s.phase] : 'Not given'}</td>
              <td>{s.durationDays ?? 'Not given'}</td>
              <td>{s.dependsOn.length === 0 ? 'Nothing' : s.dependsOn.map(nameOf).join(', ')}</td>
              <td>{plural(s.evidence.length, 'item', 'items')}</td>
              <td>
                <Link to={paths.map.editStep(project.id, process.id, s.id)}>
                  Change<span className="visually-hidden"> {s.name}</span>
                </Link>{' '}
                <button type="button" className="link-button" onClick={() => setDeleting(s.id)}>
                  Delete<span className="visually-hidden"> {s.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ConfirmDialog
        open={step !== undefined}
        title={`Delete \u201c${step?.name ?? ''}\u201d?`}
        confirmLabel="Yes, delete step"
        destructive
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          setDeleting(null);
          if (step)
            void changeFromList(
              project,
              map,
              (m) => deleteStep(m, { processId: process.id, stepId: step.id }),
              `\u201c${step.name}\u201d is deleted.`,
            );
        }}
      >
        <p>The step will be deleted from this process. A step that links or other steps use is kept until they go.</p>
      </ConfirmDialog>
    </>
  );
}

export function ProcessPage() {
  const { processId = '' } = useParams();
  const packs = useActivePacks();
  return (
    <WithMap title="Process">
      {(map, project) => {
        const process = map.processes.find((p) => p.id === processId);
        if (!process) return <NotFoundPage />;
        const source = process.source;
        const newer = packs && source.type === 'template' ? newerTemplate(packs, process) : null;
        return (
          <Page
            title={`${process.title}: compliance map of ${project.name}`}
            heading={process.title}
            caption={`Compliance map of ${project.name}`}
          >
            <p>
              <Link to={paths.map.home(project.id)}>Back to the compliance map</Link>
            </p>
            <SummaryList
              rows={[
                ['Side', SIDE_LABELS[process.side]],
                ['Organisation', process.organisation || 'Not given'],
                [
                  'Where from',
                  processSource(
                    process,
                    source.type === 'template' && packs
                      ? templateTitle(packs, source.packId, source.templateId)
                      : undefined,
                  ),
                ],
              ]}
            />
            <p>
              <Link to={paths.map.editProcess(project.id, process.id)}>Change the process details</Link>
            </p>
            {newer && source.type === 'template' && (
              <div className="inset" data-testid="newer-version">
                <p>
                  Version {newer.version} of this template is installed. This map uses {source.version}.
                </p>
                <Link to={paths.map.processVersion(project.id, process.id)} className="button button--secondary">
                  Move to version {newer.version}
                </Link>
              </div>
            )}
            <h2>Steps</h2>
            <StepsTable project={project} map={map} process={process} />
            <p>
              <Link to={paths.map.addStep(project.id, process.id)} className="button button--secondary">
                Add a step
              </Link>
            </p>
          </Page>
        );
      }}
    </WithMap>
  );
}

const FIELDS = { title: 'process-title', side: 'process-side', organisation: 'process-organisation' };

function ProcessDetailsForm({ project, map, process }: { project: Project; map: ComplianceMap; process: MapProcess }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ProcessDraft>({
    title: process.title,
    side: process.side,
    organisation: process.organisation,
  });
  const { errors, saveError, save } = useMapSave(project, map);
  const back = paths.map.process(project.id, process.id);
  return (
    <form
      noValidate
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          (m) => editProcess(m, process.id, draft),
          'The process details are saved.',
          () => navigate(back),
        );
      }}
    >
      <ErrorSummary errors={summaryItems(errors, FIELDS, saveError)} />
      <TextField
        id={FIELDS.title}
        label="Title"
        value={draft.title}
        error={errors.title}
        onChange={(title) => setDraft({ ...draft, title })}
      />
      <RadioGroup<MapProcessSide | ''>
        id={FIELDS.side}
        legend="Whose process is it?"
        value={draft.side ?? ''}
        error={errors.side}
        options={MAP_PROCESS_SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s], hint: SIDE_HINTS[s] }))}
        onChange={(side) => setDraft({ ...draft, side: side === '' ? null : side })}
      />
      <TextField
        id={FIELDS.organisation}
        label="Organisation (optional)"
        value={draft.organisation}
        error={errors.organisation}
        onChange={(organisation) => setDraft({ ...draft, organisation })}
      />
      <div className="button-group">
        <button type="submit" className="button">
          Save changes
        </button>
        <Link to={back} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function ProcessDetailsPage() {
  const { processId = '' } = useParams();
  return (
    <WithMap title="Change a process">
      {(map, project) => {
        const process = map.processes.find((p) => p.id === processId);
        if (!process) return <NotFoundPage />;
        return (
          <Page
            title={`Change ${process.title}: ${project.name}`}
            heading="Change the process details"
            caption={process.title}
          >
            <ProcessDetailsForm project={project} map={map} process={process} />
          </Page>
        );
      }}
    </WithMap>
  );
}
