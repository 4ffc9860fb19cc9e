// Import a template pack from a zip or a folder: validate it, show what it would add or change, and
// only then store it, in one transaction.
import { FileRefusal } from '../components/FileRefusal';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { repositories, usePack } from '../data';
import type { PreparedImport } from '../../db/packs-repository';
import type { PackProblem } from '../../domain/pack';
import type { TemplateImportLine } from '../../domain/pack-import-plan';
import { currentPlatform } from '../../platform/current-platform';
import { applyPackImport, planPackImport, type PackSource } from '../../app/packs/import-pack';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField } from '../components/fields';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { itemCount, KIND_LABELS } from '../library/labels';
import { PackComparison } from '../library/PackComparison';
import { paths } from '../paths';
import { licenceLabel } from '../../domain/own-pack';
import { DataTable } from '../components/DataTable';
import { useNotices } from '../state/notices';
import { errorMessage } from '../components/error-message';

const CHANGE_WORDS: Record<TemplateImportLine['change'], string> = {
  added: 'New',
  updated: 'Updated',
  unchanged: 'No change',
  removed: 'Removed',
  'changed-without-new-version': 'Changed without a new version number',
  'older-version': 'Older than installed',
};

type Stage =
  | { kind: 'choose' }
  | { kind: 'invalid'; source: string; problems: PackProblem[] }
  | { kind: 'preview'; source: string; prepared: PreparedImport };

function ImportPreview({
  source,
  prepared,
  onDone,
  onCancel,
}: {
  source: string;
  prepared: PreparedImport;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { plan, pack } = prepared;
  const installed = usePack(plan.installedVersion ? plan.packId : undefined);
  const [confirmDowngrade, setConfirmDowngrade] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label =
    plan.action === 'install'
      ? 'Import pack'
      : plan.action === 'upgrade'
        ? `Update to version ${plan.incomingVersion}`
        : `Go back to version ${plan.incomingVersion}`;

  async function apply() {
    setBusy(true);
    setError(null);
    try {
      const message = await applyPackImport(repositories().packs, prepared, { confirmDowngrade });
      useNotices.getState().show({ kind: 'success', message, carry: true });
      onDone();
    } catch (e) {
      setError(errorMessage(e, 'The pack could not be imported. Nothing was changed.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <h2 tabIndex={-1} data-stage-focus="">
        Check the pack before you import it
      </h2>
      <div className={`notice notice--${plan.action === 'refuse' ? 'error' : 'info'}`} role="status">
        <p className="notice__message">{plan.summary}</p>
      </div>
      {prepared.replacesBuiltIn && (
        <div className="notice notice--error" role="alert">
          <p className="notice__message">
            This pack would replace the {pack.manifest.name} pack that comes with Waymark (published by{' '}
            {prepared.replacesBuiltIn.publisher}). It says it is published by {pack.manifest.publisher}. Only import it
            if you trust where it came from.
          </p>
        </div>
      )}
      <SummaryList
        rows={[
          ['Pack', pack.manifest.name],
          [
            'Version',
            plan.installedVersion
              ? `${plan.incomingVersion} (installed: ${plan.installedVersion})`
              : plan.incomingVersion,
          ],
          ['Publisher', pack.manifest.publisher],
          ['Licence', licenceLabel(pack.manifest.licence)],
          ['From', source],
        ]}
      />
      <DataTable
        caption="What the pack holds"
        showCaption
        scrollLabel="Contents of the pack"
        columns={['Template', 'Type', 'Version', 'Change']}
      >
        {plan.templates.map((t) => (
          <tr key={t.id}>
            <th scope="row">
              {pack.templates.find((x) => x.id === t.id)?.title ?? t.id}
              {t.change !== 'removed' && t.kind !== 'guide' && <div className="hint">{itemCount(t.kind, t.items)}</div>}
            </th>
            <td>{KIND_LABELS[t.kind]}</td>
            <td>
              {t.installedVersion && t.incomingVersion && t.installedVersion !== t.incomingVersion
                ? `${t.installedVersion} to ${t.incomingVersion}`
                : (t.incomingVersion ?? t.installedVersion)}
            </td>
            <td>{CHANGE_WORDS[t.change]}</td>
          </tr>
        ))}
      </DataTable>
      {installed && plan.status !== 'same-version' && (
        <details className="details" open={plan.status === 'newer-version'}>
          <summary>What changed compared with the installed version {installed.version}</summary>
          <PackComparison before={installed.pack} after={pack} />
        </details>
      )}
      {plan.action === 'confirm-downgrade' && (
        <CheckboxField
          id="confirm-downgrade"
          label={`I want to go back to the older version ${plan.incomingVersion}`}
          checked={confirmDowngrade}
          onChange={setConfirmDowngrade}
        />
      )}
      <div className="button-group">
        {(plan.action === 'install' || plan.action === 'upgrade' || plan.action === 'confirm-downgrade') && (
          <button
            type="button"
            className="button"
            disabled={busy || (plan.action === 'confirm-downgrade' && !confirmDowngrade)}
            onClick={() => void apply()}
          >
            {label}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {plan.action === 'none' || plan.action === 'refuse' ? 'Choose another pack' : 'Cancel'}
        </button>
      </div>
    </>
  );
}

export function ImportPackPage() {
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const shownStage = useRef(stage);

  // The buttons that were used are gone after each step: move focus to what replaced them (the check of
  // the pack, or its problems), or back to the heading when the person starts again.
  useEffect(() => {
    if (shownStage.current === stage) return;
    shownStage.current = stage;
    const target =
      document.querySelector<HTMLElement>('main [data-stage-focus]') ?? document.querySelector<HTMLElement>('main h1');
    target?.focus();
  }, [stage]);

  async function choose(from: PackSource) {
    setError(null);
    try {
      const plan = await planPackImport(repositories().packs, currentPlatform(), from);
      if (plan.kind !== 'cancelled') setStage(plan);
    } catch (e) {
      setError(errorMessage(e, 'That could not be read.'));
    }
  }

  return (
    <Page title="Import a pack">
      {error && <ErrorSummary errors={[{ message: error }]} />}
      {stage.kind === 'choose' && (
        <>
          <p>
            A template pack is a folder of plain text files, or a zip of that folder (one compressed file that holds
            them all), that a department publishes to share its checklists, processes, business case templates and
            guides. Waymark checks the whole pack before anything is added, and shows you what will change first.
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => void choose('zip')}>
              Choose a zip file
            </button>
            <button type="button" className="button button--secondary" onClick={() => void choose('folder')}>
              Choose a folder
            </button>
          </div>
          <p>
            <Link to={paths.library()}>Back to the Library</Link>
          </p>
        </>
      )}
      {stage.kind === 'invalid' && (
        <>
          <FileRefusal
            id="pack-problems-title"
            title="This pack cannot be imported"
            source={stage.source}
            problems={stage.problems}
            advice="Send this list to whoever published the pack."
          />
          <button type="button" className="button button--secondary" onClick={() => setStage({ kind: 'choose' })}>
            Choose another pack
          </button>
        </>
      )}
      {stage.kind === 'preview' && (
        <ImportPreview
          source={stage.source}
          prepared={stage.prepared}
          onCancel={() => setStage({ kind: 'choose' })}
          onDone={() => void navigate(paths.pack(stage.prepared.plan.packId))}
        />
      )}
    </Page>
  );
}
