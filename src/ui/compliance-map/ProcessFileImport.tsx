// The "From a CSV or Excel file" choice of Add a process: whose process it is, the file, then either every
// problem in the file (nothing is added until it is right) or a short preview and "Add this process".
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { chooseProcessFileForMap } from '../../app/compliance-map/map-file-actions';
import { addFileProcessToMap, type ProcessFileReading } from '../../app/compliance-map/process-file-import';
import { MAP_PROCESS_SIDES, type ComplianceMap, type MapProcessSide } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup } from '../components/fields';
import { SummaryList } from '../components/SummaryList';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { SIDE_HINTS, SIDE_LABELS, plural } from './map-words';
import { ProcessFileColumns } from './ProcessFileColumns';

const SIDE_FIELD = 'process-file-side';
const PREVIEW_STEPS = 5;

function FileProblems({ reading }: { reading: Extract<ProcessFileReading, { ok: false }> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [reading]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="process-file-problems-title"
      data-testid="process-file-problems"
    >
      <h2 id="process-file-problems-title" className="error-summary__title">
        {reading.fileName} has {plural(reading.problems.length, 'problem', 'problems')}
      </h2>
      <p>Nothing was added. Put these right in the file, save it, and choose it again.</p>
      <ul className="error-summary__list">
        {reading.problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

function Preview({ reading }: { reading: Extract<ProcessFileReading, { ok: true }> }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [reading]);
  const { process } = reading;
  const first = process.steps.slice(0, PREVIEW_STEPS);
  return (
    <section aria-labelledby="process-file-preview-title" className="inset" data-testid="process-file-preview">
      <h2 id="process-file-preview-title" tabIndex={-1} ref={ref}>
        Check the process before adding it
      </h2>
      <SummaryList
        rows={[
          ['Title', process.title],
          ['File', reading.fileName],
          ['Steps', process.steps.length],
        ]}
      />
      <p>{process.steps.length > PREVIEW_STEPS ? `The first ${PREVIEW_STEPS} steps:` : 'Its steps:'}</p>
      <ol>
        {first.map((step) => (
          <li key={step.id}>{step.name}</li>
        ))}
      </ol>
      <p className="muted">You can change the title, and any step, once the process is added.</p>
    </section>
  );
}

export function ProcessFileImport({ project, map }: { project: Project; map: ComplianceMap }) {
  const navigate = useNavigate();
  const [side, setSide] = useState<MapProcessSide | ''>('');
  const [reading, setReading] = useState<ProcessFileReading | null>(null);
  const [error, setError] = useState<{ fieldId?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose() {
    if (busy) return;
    if (side === '') {
      setError({ fieldId: SIDE_FIELD, message: 'Choose whose process it is' });
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const chosen = await chooseProcessFileForMap(map, side);
      if (chosen) setReading(chosen);
    } catch (e) {
      setError({ message: errorMessage(e, 'The file could not be read. Nothing was added. Try again.') });
    } finally {
      setBusy(false);
    }
  }

  async function add() {
    if (busy || !reading?.ok || side === '') return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await addFileProcessToMap(repositories(), {
        projectId: project.id,
        expectedUpdatedAt: map.updatedAt,
        process: reading.process,
        side,
      });
      if (!outcome.ok) {
        setError({ message: Object.values(outcome.errors)[0] ?? 'The process could not be added.' });
        return;
      }
      const added = outcome.map.processes[outcome.map.processes.length - 1];
      useNotices.getState().show({
        kind: 'success',
        message: `\u201c${reading.process.title}\u201d is added to the map with ${plural(reading.process.steps.length, 'step', 'steps')}.`,
        carry: true,
      });
      await navigate(added ? paths.map.process(project.id, added.id) : paths.map.home(project.id));
    } catch (e) {
      setError({
        message: errorMessage(e, 'The process could not be added. Everything saved before is safe. Try again.'),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && <ErrorSummary errors={[error]} />}
      <RadioGroup
        id={SIDE_FIELD}
        legend="Whose process is it?"
        value={side}
        error={error?.fieldId === SIDE_FIELD ? error.message : undefined}
        options={MAP_PROCESS_SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s], hint: SIDE_HINTS[s] }))}
        onChange={setSide}
      />
      <ProcessFileColumns />
      {reading && !reading.ok && <FileProblems reading={reading} />}
      {reading?.ok && <Preview reading={reading} />}
      <div className="button-group">
        {reading?.ok && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void add()}>
            Add this process
          </button>
        )}
        <button
          type="button"
          className={reading?.ok ? 'button button--secondary' : 'button'}
          aria-disabled={busy || undefined}
          onClick={() => void choose()}
        >
          {reading ? 'Choose another file' : 'Choose a CSV or Excel file'}
        </button>
      </div>
    </>
  );
}
