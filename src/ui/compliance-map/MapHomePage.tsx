// The compliance map of a project (/projects/:projectId/compliance-map). Without a map: what it is for,
// and starting one from the process templates the project uses. With a map: its processes, links and
// exceptions, one section each, then the findings of the analysis (MapFindings: the summary, the conflict
// register, the plan...). Sections are listed in order in `sections` below.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { startMap } from '../../app/compliance-map/map-actions';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import type { StoredPack } from '../../db/stored-pack';
import type { Project } from '../../domain/project';
import type { ProjectTemplate } from '../../domain/project-template';
import { workArea } from '../../domain/work-areas';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { FieldsetFrame } from '../components/fields';
import { Page } from '../components/Page';
import { repositories, useActivePacks, useComplianceMap, useProjectTemplates } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { useNotices } from '../state/notices';
import { MapFindings } from './MapFindings';
import { MapDownloads } from './MapDownloads';
import { SIDE_LABELS, plural, processSource } from './map-words';

/** The title of a template, from the installed packs; its id when the pack is gone. */
export function templateTitle(packs: readonly StoredPack[], packId: string, templateId: string): string {
  return packs.find((p) => p.id === packId)?.pack.templates.find((t) => t.id === templateId)?.title ?? templateId;
}

function isProcessTemplate(packs: readonly StoredPack[], use: ProjectTemplate): boolean {
  const template = packs.find((p) => p.id === use.packId)?.pack.templates.find((t) => t.id === use.templateId);
  return template?.kind === 'process';
}

function StartMap({ project, uses, packs }: { project: Project; uses: ProjectTemplate[]; packs: StoredPack[] }) {
  const processUses = uses.filter((u) => isProcessTemplate(packs, u));
  const [chosen, setChosen] = useState<string[]>(processUses.map((u) => u.id));
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (starting) return;
    setStarting(true);
    setError(null);
    try {
      const refs = processUses.filter((u) => chosen.includes(u.id));
      const map = await startMap(repositories(), project.id, refs);
      useNotices.getState().show({
        kind: 'success',
        message:
          map.processes.length === 0
            ? 'The compliance map is started. Add the processes the project must follow.'
            : `The compliance map is started with ${plural(map.processes.length, 'process', 'processes')}.`,
      });
    } catch (e) {
      setError(errorMessage(e, 'The map could not be started. Try again.'));
    } finally {
      setStarting(false);
    }
  }

  return (
    <form onSubmit={start} noValidate className="form">
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      {processUses.length > 0 ? (
        <FieldsetFrame
          id="map-start-templates"
          legend="Which of this project's processes should the map start with?"
          hint="Each is copied at the version the project uses. You can add more processes, or write your own, afterwards."
        >
          <div className="radios">
            {processUses.map((use, index) => {
              const id = index === 0 ? 'map-start-templates' : `map-start-templates-${index}`;
              return (
                <div className="radio" key={use.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={chosen.includes(use.id)}
                    onChange={(e) =>
                      setChosen(e.target.checked ? [...chosen, use.id] : chosen.filter((c) => c !== use.id))
                    }
                  />
                  <label htmlFor={id}>
                    {templateTitle(packs, use.packId, use.templateId)}, version {use.version}
                  </label>
                </div>
              );
            })}
          </div>
        </FieldsetFrame>
      ) : (
        <p>
          This project does not use any process templates yet. Start the map, then add processes from the templates
          installed in the Library or write them here.
        </p>
      )}
      <button type="submit" className="button" aria-disabled={starting || undefined}>
        Start a compliance map
      </button>
    </form>
  );
}

function ProcessesSection({ project, map, packs }: { project: Project; map: ComplianceMap; packs: StoredPack[] }) {
  return (
    <>
      {map.processes.length === 0 ? (
        <p className="inset">The map has no processes yet. Add the processes the project must follow.</p>
      ) : (
        <DataTable
          caption={`Processes in the compliance map of ${project.name}`}
          scrollLabel="Processes"
          columns={['Process', 'Side', 'Where from', 'Steps']}
        >
          {map.processes.map((process) => (
            <tr key={process.id}>
              <th scope="row">
                <Link to={paths.map.process(project.id, process.id)}>{process.title}</Link>
              </th>
              <td>{SIDE_LABELS[process.side]}</td>
              <td>
                {processSource(
                  process,
                  process.source.type === 'template'
                    ? templateTitle(packs, process.source.packId, process.source.templateId)
                    : undefined,
                )}
              </td>
              <td>{process.steps.length}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>
        <Link to={paths.map.addProcess(project.id)} className="button button--secondary">
          Add a process
        </Link>
      </p>
    </>
  );
}

function LinksSection({ project, map }: { project: Project; map: ComplianceMap }) {
  const review = map.links.filter((l) => l.needsReview !== null).length;
  const agreed = map.links.filter((l) => l.status === 'agreed').length;
  return (
    <>
      <p data-testid="map-links-count">
        {map.links.length === 0
          ? 'No links yet. A link says how a step of one process relates to a step of another.'
          : `${plural(map.links.length, 'link', 'links')}, ${agreed} agreed${review > 0 ? `, ${review} to review` : ''}.`}
      </p>
      <div className="button-group">
        {map.links.length > 0 ? (
          <Link to={paths.map.links(project.id)}>See and change the links</Link>
        ) : (
          map.processes.length >= 2 && <Link to={paths.map.links(project.id)}>Import links from a CSV file</Link>
        )}
        {map.processes.length >= 2 && (
          <Link to={paths.map.addLink(project.id)} className="button button--secondary">
            Add a link
          </Link>
        )}
      </div>
    </>
  );
}

function ExceptionsSection({ project, map }: { project: Project; map: ComplianceMap }) {
  return (
    <p>
      {map.exceptions.length === 0
        ? 'No exceptions agreed. '
        : `${plural(map.exceptions.length, 'exception', 'exceptions')} agreed. `}
      <Link to={paths.map.exceptions(project.id)}>
        {map.exceptions.length === 0 ? 'Agree an exception' : 'See the exceptions'}
      </Link>
    </p>
  );
}

export function MapHomePage() {
  const project = useLayoutProject();
  const stored = useComplianceMap(project.id);
  const uses = useProjectTemplates(project.id);
  const packs = useActivePacks();
  const { title, description } = workArea('compliance-map');
  if (stored === undefined || uses === undefined || packs === undefined) return <p className="muted">Loading…</p>;

  const page = (children: ReactNode) => (
    <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
      {children}
    </Page>
  );
  if (stored.state === 'unreadable')
    return page(
      <p className="inset">
        This project&rsquo;s compliance map cannot be read by this version of Waymark, so it is left as it is. A newer
        version of Waymark may read it.
      </p>,
    );
  if (stored.state === 'none')
    return page(
      <>
        <p>{description}</p>
        <p>
          A compliance map sets the routes the project must follow side by side, such as the centre&rsquo;s assessments
          and approvals and your department&rsquo;s own boards and gates. You link the steps that ask for the same
          thing, that must come in a certain order, or that cannot both be done as written, and record how each conflict
          is to be settled.
        </p>
        <StartMap project={project} uses={uses} packs={packs} />
      </>,
    );

  const map = stored.map;
  // A section without a heading brings its own (the findings are several sections, each headed).
  const sections: { id: string; heading?: string; body: ReactNode }[] = [
    { id: 'processes', heading: 'Processes', body: <ProcessesSection project={project} map={map} packs={packs} /> },
    { id: 'links', heading: 'Links', body: <LinksSection project={project} map={map} /> },
    { id: 'exceptions', heading: 'Exceptions', body: <ExceptionsSection project={project} map={map} /> },
    { id: 'findings', body: <MapFindings project={project} map={map} /> },
    { id: 'downloads', heading: 'Download the map', body: <MapDownloads projectId={project.id} /> },
  ];
  return page(
    <>
      <p>{description}</p>
      {sections.map((section) =>
        section.heading === undefined ? (
          <div key={section.id}>{section.body}</div>
        ) : (
          <section key={section.id} aria-labelledby={`map-${section.id}-heading`}>
            <h2 id={`map-${section.id}-heading`}>{section.heading}</h2>
            {section.body}
          </section>
        ),
      )}
    </>,
  );
}
