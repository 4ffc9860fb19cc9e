// Import a project from a project file: check the whole file, show what importing would do (add it, or
// replace a newer, older or identical copy), ask before replacing anything, then store it in one go.
import { FileRefusal } from '../components/FileRefusal';
import { paths } from '../paths';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { applyImport, chooseProjectFile, planImport } from '../../app/projects/project-actions';
import type { ProjectImportPlan } from '../../app/projects/project-file';
import type { PackProblem } from '../../domain/pack';
import { PHASE_LABELS } from '../../domain/project';
import type { ProjectFileContents } from '../../domain/project-file';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { useNotices } from '../state/notices';

type Stage =
  | { kind: 'choose' }
  | { kind: 'invalid'; source: string; problems: PackProblem[] }
  | { kind: 'preview'; source: string; contents: ProjectFileContents; plan: ProjectImportPlan };

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : // The person's own clock, as everywhere else in the app.
      date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What importing will do, in one or two plain sentences. */
function planSentence(plan: ProjectImportPlan): string {
  const name = `\u201c${plan.incoming.name}\u201d`;
  const yours = plan.existing ? when(plan.existing.updatedAt) : '';
  const theirs = when(plan.incoming.updatedAt);
  switch (plan.kind) {
    case 'new':
      return `${name} is not in Waymark yet. Importing adds it.`;
    case 'newer':
      return `You already have ${name}. The copy in this file was changed more recently (${theirs}) than yours (${yours}). Importing replaces yours with it.`;
    case 'older':
      return `You already have ${name}, and yours was changed more recently (${yours}) than the copy in this file (${theirs}). Importing replaces yours with this older copy, and the changes made since would be lost.`;
    case 'same':
      return `You already have ${name}, last changed at the same moment as the copy in this file (${theirs}). Importing replaces yours with the same copy.`;
  }
}

function ImportPreview({ stage, onCancel }: { stage: Extract<Stage, { kind: 'preview' }>; onCancel: () => void }) {
  const navigate = useNavigate();
  const { plan, contents } = stage;
  const replaces = plan.existing !== null;
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const project = plan.incoming;

  async function apply() {
    setBusy(true);
    setError(null);
    try {
      const stored = await applyImport(contents, plan, confirmed);
      useNotices.getState().show({ kind: 'success', message: `${stored.name} imported.`, carry: true });
      await navigate(paths.project(stored.id));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The project could not be imported. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <h2 tabIndex={-1} data-stage-focus="">
        Check the project before you import it
      </h2>
      <div className={`notice notice--${plan.kind === 'older' ? 'error' : 'info'}`} role="status">
        <p className="notice__message">{planSentence(plan)}</p>
      </div>
      <SummaryList
        rows={[
          ['Project', project.name],
          ['Department', project.department || 'Not given'],
          ['Phase', PHASE_LABELS[project.phase]],
          ['Owner', project.owner || 'Not given'],
          ['Last changed', when(project.updatedAt)],
          ['Templates used', plan.templates === 0 ? 'None' : count(plan.templates, 'template', 'templates')],
          ['Evidence', count(plan.parts.evidence, 'item', 'items')],
          ['Compliance map', plan.parts.complianceMaps > 0 ? 'Included' : 'None'],
          [
            'Attached files',
            plan.attachments === 0
              ? 'None'
              : `${count(plan.attachments, 'file', 'files')} (${sizeText(plan.attachmentBytes)})`,
          ],
          ['From', stage.source],
        ]}
      />
      {replaces && (
        <div className="form-group">
          <div className="checkbox">
            <input
              id="confirm-replace"
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <label htmlFor="confirm-replace">
              Replace {project.name} in Waymark with the copy in this file, with its evidence and attached files
            </label>
          </div>
        </div>
      )}
      {replaces && !confirmed && (
        <p className="hint" id="replace-needs-confirmation">
          Tick the box above to confirm the replacement; the button works once you have.
        </p>
      )}
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={busy || (replaces && !confirmed)}
          aria-describedby={replaces && !confirmed ? 'replace-needs-confirmation' : undefined}
          onClick={() => void apply()}
        >
          {replaces ? 'Replace project' : 'Import project'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

export function ImportProjectPage() {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const shownStage = useRef(stage);

  // The button that was used is gone after each step: move focus to what replaced it.
  useEffect(() => {
    if (shownStage.current === stage) return;
    shownStage.current = stage;
    const target =
      document.querySelector<HTMLElement>('main [data-stage-focus]') ?? document.querySelector<HTMLElement>('main h1');
    target?.focus();
  }, [stage]);

  async function choose() {
    setError(null);
    try {
      const chosen = await chooseProjectFile();
      if (!chosen) return;
      if (!chosen.reading.ok) {
        setStage({ kind: 'invalid', source: chosen.name, problems: chosen.reading.problems });
        return;
      }
      const contents = chosen.reading.contents;
      setStage({ kind: 'preview', source: chosen.name, contents, plan: await planImport(contents) });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That file could not be read.');
    }
  }

  return (
    <Page title="Import a project">
      {error && <ErrorSummary errors={[{ message: error }]} />}
      {stage.kind === 'choose' && (
        <>
          <p>
            A project file (ending in .waymark) holds one project with its templates, evidence and attached files, as
            exported from a project&rsquo;s page. Waymark checks the whole file and shows you what will happen before
            anything is added or replaced.
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void choose()}>
              Choose a project file
            </button>
          </div>
          <p>
            <Link to="/">Back to Projects</Link>
          </p>
        </>
      )}
      {stage.kind === 'invalid' && (
        <>
          <FileRefusal
            id="project-problems-title"
            title="This project file cannot be imported"
            source={stage.source}
            problems={stage.problems}
            advice="Ask whoever sent it for a fresh copy."
          />
          <button type="button" className="button button--secondary" onClick={() => setStage({ kind: 'choose' })}>
            Choose another file
          </button>
        </>
      )}
      {stage.kind === 'preview' && <ImportPreview stage={stage} onCancel={() => setStage({ kind: 'choose' })} />}
    </Page>
  );
}
