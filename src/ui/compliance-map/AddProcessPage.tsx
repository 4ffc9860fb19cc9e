// Add a process to the map (/compliance-map/processes/new): a process template installed in the Library,
// copied at its version, a process written here, or one read from a CSV or Excel file (ProcessFileImport).
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { addTemplateToMap } from '../../app/compliance-map/map-actions';
import { addProcess } from '../../domain/compliance-map/map-edits';
import { MAP_PROCESS_SIDES, type ComplianceMap, type MapProcessSide } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { templateChoiceLabels } from '../components/template-choices';
import { repositories, useActivePacks } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { summaryItems, useMapSave, WithMap } from './map-screen';
import { SIDE_HINTS, SIDE_LABELS } from './map-words';
import { ProcessFileImport } from './ProcessFileImport';

const FIELDS = {
  how: 'process-how',
  template: 'process-template',
  title: 'process-title',
  side: 'process-side',
  organisation: 'process-organisation',
};

function AddProcessForm({ project, map }: { project: Project; map: ComplianceMap }) {
  const navigate = useNavigate();
  const packs = useActivePacks();
  const [how, setHow] = useState<'template' | 'manual' | 'file'>('template');
  const [choice, setChoice] = useState('');
  const [title, setTitle] = useState('');
  const [side, setSide] = useState<MapProcessSide | ''>('');
  const [organisation, setOrganisation] = useState('');
  const { errors, saveError, save } = useMapSave(project, map);
  const [templateError, setTemplateError] = useState<string | null>(null);
  if (packs === undefined) return <p className="muted">Loading…</p>;

  const inMap = new Set(
    map.processes.flatMap((p) => (p.source.type === 'template' ? [`${p.source.packId}/${p.source.templateId}`] : [])),
  );
  const available = packs.flatMap((stored) =>
    stored.pack.templates.flatMap((t) =>
      t.kind === 'process' && !inMap.has(`${stored.id}/${t.id}`)
        ? [{ key: `${stored.id}/${t.id}`, stored, template: t }]
        : [],
    ),
  );
  const labels = templateChoiceLabels(
    available.map((a) => ({
      key: a.key,
      title: a.template.title,
      version: a.template.version,
      packId: a.stored.id,
      packName: a.stored.pack.manifest.name,
      publisher: a.stored.pack.manifest.publisher,
    })),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTemplateError(null);
    // A file is chosen and added with its own buttons; Enter in its fields must not add anything else.
    if (how === 'file') return;
    if (how === 'manual') {
      await save(
        (m) => addProcess(m, { title, side: side === '' ? null : side, organisation }),
        `\u201c${title.trim()}\u201d is added to the map.`,
        async (saved) => {
          const added = saved.processes[saved.processes.length - 1];
          await navigate(added ? paths.map.process(project.id, added.id) : paths.map.home(project.id));
        },
      );
      return;
    }
    const picked = available.find((a) => a.key === choice);
    if (!picked) {
      setTemplateError('Choose a process template');
      return;
    }
    try {
      const outcome = await addTemplateToMap(repositories(), {
        projectId: project.id,
        expectedUpdatedAt: map.updatedAt,
        ref: { packId: picked.stored.id, templateId: picked.template.id, version: picked.template.version },
      });
      if (!outcome.ok) {
        setTemplateError(Object.values(outcome.errors)[0] ?? 'The process could not be added.');
        return;
      }
      useNotices.getState().show({
        kind: 'success',
        message: `\u201c${picked.template.title}\u201d version ${picked.template.version} is added to the map.`,
        carry: true,
      });
      await navigate(paths.map.home(project.id));
    } catch (error) {
      setTemplateError(errorMessage(error, 'The process could not be added. Try again.'));
    }
  }

  const summary = [
    ...(templateError ? [{ fieldId: FIELDS.template, message: templateError }] : []),
    ...summaryItems(errors, FIELDS, saveError),
  ];
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={summary} />
      <RadioGroup
        id={FIELDS.how}
        legend="Where does the process come from?"
        value={how}
        options={[
          {
            value: 'template',
            label: 'A process template installed in the Library',
            hint: 'Copied at its version, so later versions never change the map without you',
          },
          { value: 'manual', label: 'Write it here', hint: 'Give it a title now and add its steps next' },
          {
            value: 'file',
            label: 'From a CSV or Excel file',
            hint: 'One step on each row, checked before anything is added',
          },
        ]}
        onChange={setHow}
      />
      {how === 'file' && <ProcessFileImport project={project} map={map} />}
      {how === 'template' &&
        (available.length === 0 ? (
          <p className="inset">
            Every installed process template is already in the map. Import a pack with more processes from the{' '}
            <Link to={paths.library()}>Library</Link>, or write the process here.
          </p>
        ) : (
          <RadioGroup
            id={FIELDS.template}
            legend="Which process template?"
            value={choice}
            error={templateError ?? undefined}
            options={available.map((a) => ({
              value: a.key,
              label: labels.get(a.key) ?? a.template.title,
              hint: `${SIDE_LABELS[a.template.side]} process, ${a.template.steps.length} steps`,
            }))}
            onChange={setChoice}
          />
        ))}
      {how === 'manual' && (
        <>
          <TextField
            id={FIELDS.title}
            label="Title"
            hint="For example “Department stage gates”"
            value={title}
            error={errors.title}
            onChange={setTitle}
          />
          <RadioGroup
            id={FIELDS.side}
            legend="Whose process is it?"
            value={side}
            error={errors.side}
            options={MAP_PROCESS_SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s], hint: SIDE_HINTS[s] }))}
            onChange={setSide}
          />
          <TextField
            id={FIELDS.organisation}
            label="Organisation (optional)"
            hint="Who runs the process"
            value={organisation}
            error={errors.organisation}
            onChange={setOrganisation}
          />
        </>
      )}
      {how === 'file' ? (
        <p>
          <Link to={paths.map.home(project.id)}>Cancel</Link>
        </p>
      ) : (
        <div className="button-group">
          <button type="submit" className="button">
            Add process
          </button>
          <Link to={paths.map.home(project.id)} className="button button--secondary">
            Cancel
          </Link>
        </div>
      )}
    </form>
  );
}

export function AddProcessPage() {
  return (
    <WithMap title="Add a process">
      {(map, project) => (
        <Page
          title={`Add a process to the compliance map: ${project.name}`}
          heading="Add a process"
          caption={project.name}
        >
          <AddProcessForm project={project} map={map} />
        </Page>
      )}
    </WithMap>
  );
}
