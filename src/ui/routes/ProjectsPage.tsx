// Projects: every project on this computer, with archived ones listed apart.
import { Link } from 'react-router';
import { useProjectLists } from '../data';
import type { Project } from '../../domain/project';
import { BackupReminder } from '../backup/BackupReminder';
import { formatDate } from '../components/dates';
import { Page } from '../components/Page';
import { PhaseTag } from '../components/PhaseTag';
import { DataTable } from '../components/DataTable';
import { paths } from '../paths';

function ProjectTable({ projects, caption }: { projects: Project[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      scrollLabel={caption}
      columns={['Project', 'Department', 'Phase', 'Owner', 'Last changed']}
    >
      {projects.map((p) => (
        <tr key={p.id}>
          <th scope="row">
            <Link to={paths.project(p.id)}>{p.name}</Link>
            {p.isExample && <strong className="tag tag--example">Example</strong>}
          </th>
          <td>{p.department || <span className="muted">Not given</span>}</td>
          <td>
            <PhaseTag phase={p.phase} />
          </td>
          <td>{p.owner || <span className="muted">Not given</span>}</td>
          <td>{formatDate(p.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ProjectsPage() {
  const lists = useProjectLists();
  const createLink = (
    <>
      <Link to={paths.newProject()} className="button">
        Create a project
      </Link>
      <Link to={paths.importProject()} className="button button--secondary">
        Import a project
      </Link>
    </>
  );
  return (
    <Page title="Projects" actions={createLink}>
      <BackupReminder />
      {lists && lists.unreadable > 0 && (
        <div className="notice notice--error" role="status" data-testid="unreadable-projects">
          <p className="notice__message">
            {lists.unreadable === 1 ? '1 saved project' : `${lists.unreadable} saved projects`} could not be read by
            this version of Waymark, so {lists.unreadable === 1 ? 'it is' : 'they are'} not listed. Nothing has been
            removed: restore a backup, or open Waymark in the version that saved them.
          </p>
        </div>
      )}
      {!lists && <p className="muted">Loading projects…</p>}
      {lists && lists.active.length === 0 && (
        <div className="empty-state">
          <h2>You have no projects yet</h2>
          <p>
            A project records its name, department, phase and owner, and the templates it works from (such as a service
            standard or a business case template), each at the version it uses. Create one to get started. You can bring
            back the example project from Settings.
          </p>
        </div>
      )}
      {lists && lists.active.length > 0 && <ProjectTable projects={lists.active} caption="Your projects" />}
      {lists && lists.archived.length > 0 && (
        <details className="details">
          <summary>Archived projects ({lists.archived.length})</summary>
          <ProjectTable projects={lists.archived} caption="Archived projects" />
        </details>
      )}
    </Page>
  );
}
