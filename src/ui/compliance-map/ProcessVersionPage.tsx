// Moving a process copied from a template to the newer version installed
// (/compliance-map/processes/:processId/version): what would change, that links to changed or removed steps
// are flagged for review and nothing is deleted, and a button to go ahead.
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { moveProcessToVersion } from '../../app/compliance-map/process-version-actions';
import type { ComplianceMap, MapProcess } from '../../domain/compliance-map/map-model';
import type { ProcessTemplate } from '../../domain/pack';
import type { Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { Page } from '../components/Page';
import { repositories, useActivePacks } from '../data';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';
import { WithMap } from './map-screen';
import { plural } from './map-words';
import { newerTemplate, versionPreview } from './process-version';

const names = (list: string[]) => list.map((n) => `\u201c${n}\u201d`).join(', ');

/** The notice after a move: the version now used, how many links were flagged and the steps kept. */
export function movedMessage(
  title: string,
  version: string,
  moved: { flaggedLinkIds: string[]; keptStepNames: string[] },
): string {
  const flagged = moved.flaggedLinkIds.length;
  const links =
    flagged === 0
      ? 'No links needed flagging.'
      : `${plural(flagged, 'link is', 'links are')} flagged for review: ${flagged === 1 ? 'it is' : 'they are'} marked \u201cNeeds review\u201d on the links page.`;
  const kept =
    moved.keptStepNames.length === 0
      ? ''
      : ` ${plural(moved.keptStepNames.length, 'step that is', 'steps that are')} not in this version ${moved.keptStepNames.length === 1 ? 'is' : 'are'} kept because the map still uses ${moved.keptStepNames.length === 1 ? 'it' : 'them'}.`;
  return `\u201c${title}\u201d now uses version ${version}. ${links}${kept}`;
}

function MoveVersion({
  project,
  map,
  process,
  template,
  from,
}: {
  project: Project;
  map: ComplianceMap;
  process: MapProcess;
  template: ProcessTemplate;
  from: string;
}) {
  const navigate = useNavigate();
  const [openedAt] = useState(map.updatedAt);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = versionPreview(map, process, template);
  const back = paths.map.process(project.id, process.id);

  async function move() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const moved = await moveProcessToVersion(repositories(), {
        projectId: project.id,
        expectedUpdatedAt: openedAt,
        processId: process.id,
        version: template.version,
      });
      const links = paths.map.links(project.id);
      useNotices.getState().show({
        kind: 'success',
        message: movedMessage(process.title, template.version, moved),
        carry: true,
        ...(moved.flaggedLinkIds.length > 0
          ? { action: { label: 'Review the flagged links', run: () => navigate(links) } }
          : {}),
      });
      await navigate(back);
    } catch (e) {
      setError(errorMessage(e, 'The process could not be moved to the newer version. Nothing was changed. Try again.'));
    } finally {
      setBusy(false);
    }
  }

  const rows: [string, string][] = [
    ['Steps that change', preview.changed.length === 0 ? 'None' : names(preview.changed)],
    ['New steps', preview.added.length === 0 ? 'None' : names(preview.added)],
    [
      'Steps no longer in it',
      [...preview.removed, ...preview.kept].length === 0 ? 'None' : names([...preview.removed, ...preview.kept]),
    ],
  ];
  return (
    <>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <p>
        This map uses version {from} of {process.title}. Version {template.version} is installed. Moving to it replaces
        the steps of this process with the steps of version {template.version}.
      </p>
      <dl className="summary-list">
        {rows.map(([key, value]) => (
          <div className="summary-list__row" key={key}>
            <dt className="summary-list__key">{key}</dt>
            <dd className="summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2>What happens to your links</h2>
      <p>
        {preview.flaggedLinks === 0
          ? 'No link touches a step that changes or goes, so no link will need review.'
          : `${plural(preview.flaggedLinks, 'link touches a step', 'links touch steps')} that change${preview.flaggedLinks === 1 ? 's' : ''} or go${preview.flaggedLinks === 1 ? 'es' : ''}. ${preview.flaggedLinks === 1 ? 'It' : 'They'} will be flagged for review, with the reason, so you can check ${preview.flaggedLinks === 1 ? 'it' : 'them'} on the links page.`}
      </p>
      <p>
        Nothing is deleted: every link stays as it is until you review it.
        {preview.kept.length > 0 &&
          ` ${plural(preview.kept.length, 'step', 'steps')} no longer in version ${template.version} ${preview.kept.length === 1 ? 'is' : 'are'} kept in the process because the map still uses ${preview.kept.length === 1 ? 'it' : 'them'}: ${names(preview.kept)}.`}
      </p>
      <div className="button-group">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void move()}>
          Move to version {template.version}
        </button>
        <Link to={back} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </>
  );
}

export function ProcessVersionPage() {
  const { processId = '' } = useParams();
  const packs = useActivePacks();
  return (
    <WithMap title="Move to a newer version">
      {(map, project) => {
        const process = map.processes.find((p) => p.id === processId);
        if (!process) return <NotFoundPage />;
        if (packs === undefined) return <p className="muted">Loading…</p>;
        const template = newerTemplate(packs, process);
        const page = (children: ReactNode) => (
          <Page
            title={`Move ${process.title} to a newer version: ${project.name}`}
            heading={template ? `Move to version ${template.version}?` : 'No newer version installed'}
            caption={process.title}
          >
            {children}
          </Page>
        );
        if (!template || process.source.type !== 'template')
          return page(
            <>
              <p>
                There is no newer version of this process installed. When its pack is updated in the Library, the newer
                version can be used here.
              </p>
              <p>
                <Link to={paths.map.process(project.id, process.id)}>Back to {process.title}</Link>
              </p>
            </>,
          );
        return page(
          <MoveVersion
            project={project}
            map={map}
            process={process}
            template={template}
            from={process.source.version}
          />,
        );
      }}
    </WithMap>
  );
}
