// On the links page: import links between two of the map's processes from a CSV file. The person chooses
// which process the first column names and which the second; a file with problems lists every one and adds
// nothing; a right file shows how many links it holds and the first few before "Add these links".
import { useEffect, useRef, useState } from 'react';
import { chooseLinksFileForMap } from '../../app/compliance-map/map-file-actions';
import { addLinksFromFile, type LinksFileReading } from '../../app/compliance-map/links-file-import';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { describedBy, FieldFrame } from '../components/fields';
import { repositories } from '../data';
import { useNotices } from '../state/notices';
import { linkSentence, plural } from './map-words';

const PREVIEW_LINKS = 5;

function ProcessSelect(props: {
  id: string;
  label: string;
  hint: string;
  map: ComplianceMap;
  value: string;
  onChange: (id: string) => void;
}) {
  const { id, label, hint, map, value, onChange } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint}>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={describedBy(id, hint)}
        onChange={(e) => onChange(e.target.value)}
      >
        {map.processes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

function Result({ map, reading }: { map: ComplianceMap; reading: LinksFileReading }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [reading]);
  if (!reading.ok)
    return (
      <div
        className="error-summary"
        role="alert"
        tabIndex={-1}
        ref={ref}
        aria-labelledby="links-file-problems-title"
        data-testid="links-file-problems"
      >
        <h3 id="links-file-problems-title" className="error-summary__title">
          {reading.fileName} has {plural(reading.problems.length, 'problem', 'problems')}
        </h3>
        <p>No links were added. Put these right in the file, save it, and choose it again.</p>
        <ul className="error-summary__list">
          {reading.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="inset" tabIndex={-1} ref={ref} data-testid="links-file-preview">
      <p>
        {reading.fileName} holds {plural(reading.links.length, 'link', 'links')}
        {reading.links.length > PREVIEW_LINKS ? `; the first ${PREVIEW_LINKS}:` : ':'}
      </p>
      <ul>
        {reading.links.slice(0, PREVIEW_LINKS).map((link, index) => (
          <li key={index}>{linkSentence(map, link)}</li>
        ))}
      </ul>
    </div>
  );
}

export function LinksFileImport({ project, map }: { project: Project; map: ComplianceMap }) {
  const central = map.processes.find((p) => p.side === 'central') ?? map.processes[0];
  const department =
    map.processes.find((p) => p.side === 'departmental' && p.id !== central?.id) ??
    map.processes.find((p) => p.id !== central?.id);
  const [first, setFirst] = useState(central?.id ?? '');
  const [second, setSecond] = useState(department?.id ?? '');
  const [reading, setReading] = useState<LinksFileReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose() {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      const chosen = await chooseLinksFileForMap(map, { first, second });
      if (chosen) setReading(chosen);
    } catch (e) {
      setError(errorMessage(e, 'The file could not be read. No links were added. Try again.'));
    } finally {
      setBusy(false);
    }
  }

  async function add() {
    if (busy || !reading?.ok) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await addLinksFromFile(repositories(), {
        projectId: project.id,
        expectedUpdatedAt: map.updatedAt,
        links: reading.links,
      });
      if (!outcome.ok) {
        setError(Object.values(outcome.errors)[0] ?? 'The links could not be added.');
        return;
      }
      const added = outcome.map.links.length - map.links.length;
      useNotices.getState().show({
        kind: 'success',
        message: `${plural(added, 'link is', 'links are')} added from ${reading.fileName}.`,
      });
      setReading(null);
    } catch (e) {
      setError(errorMessage(e, 'The links could not be added. Everything saved before is safe. Try again.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="details" data-testid="links-file-import">
      <summary>Import links from a CSV file</summary>
      <p>
        One link on each row. The headings are central, department, relation and note: the first two columns give the
        ids of the two steps, the relation is one of the relations offered when you add a link (such as equal-to,
        equivalent-to, conflicts-with or must-precede), and the note says why; a conflicts-with link needs one.
        Rationale, confidence and status may be given as further columns. Nothing is added until the whole file is
        right.
      </p>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <ProcessSelect
        id="links-file-first"
        label="Process the central column names"
        hint="The ids in the first column are steps of this process"
        map={map}
        value={first}
        onChange={(id) => {
          setFirst(id);
          setReading(null);
        }}
      />
      <ProcessSelect
        id="links-file-second"
        label="Process the department column names"
        hint="The ids in the second column are steps of this process"
        map={map}
        value={second}
        onChange={(id) => {
          setSecond(id);
          setReading(null);
        }}
      />
      {reading && <Result map={map} reading={reading} />}
      <div className="button-group">
        {reading?.ok && (
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void add()}>
            Add these links
          </button>
        )}
        <button
          type="button"
          className={reading?.ok ? 'button button--secondary' : 'button'}
          aria-disabled={busy || undefined}
          onClick={() => void choose()}
        >
          {reading ? 'Choose another file' : 'Choose a CSV file'}
        </button>
      </div>
    </details>
  );
}
