// One project at a glance: its details, the work areas for it, and what can be done with it.
import { WORK_AREAS } from '../../domain/work-areas';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useProject } from '../data';
import { PHASE_LABELS } from '../../domain/project';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate } from '../components/dates';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { ProjectTemplates } from '../components/ProjectTemplates';
import { ProjectFileActions } from '../projects/ProjectFileActions';
import { deleteProjectWithUndo, setProjectArchived } from '../components/project-actions';
import { NotFoundPage } from './NotFoundPage';
import { paths } from '../paths';

export function ProjectOverviewPage() {
  const { projectId } = useParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  if (project === undefined) return <p className="muted">Loading…</p>;
  if (project === null) return <NotFoundPage />;

  const archived = project.archivedAt !== null;
  const rows: [string, string][] = [
    ['Name', project.name],
    ['Department', project.department || 'Not given'],
    ['Phase', PHASE_LABELS[project.phase]],
    ['Owner', project.owner || 'Not given'],
    ['Description', project.description || 'Not given'],
    ['Created', formatDate(project.createdAt)],
    ['Last changed', formatDate(project.updatedAt)],
  ];

  return (
    <Page
      title={project.name}
      caption={archived ? 'Archived project' : project.isExample ? 'Example project' : 'Project'}
    >
      {project.isExample && (
        <p className="inset">
          This is an example project to help you explore Waymark. Change it, or delete it when you no longer need it:
          you can bring it back from Settings.
        </p>
      )}
      {archived && (
        <p className="inset">This project is archived. Restore it to list it with your other projects again.</p>
      )}

      <h2>Project details</h2>
      <SummaryList rows={rows} />
      <p>
        <Link to={paths.editProject(project.id)} className="button button--secondary">
          Change project details
        </Link>
      </p>

      <ProjectTemplates projectId={project.id} />
      <ProjectFileActions projectId={project.id} />

      <h2>Work on this project</h2>
      <ul className="task-list" data-testid="work-areas">
        {WORK_AREAS.filter((area) => area.available).map((area) => (
          <li className="task-list__item" key={area.id}>
            <div>
              <Link className="task-list__name" to={paths.projectArea(project.id, area.id)}>
                {area.title}
              </Link>
              <p className="hint">{area.description}</p>
            </div>
          </li>
        ))}
      </ul>
      {WORK_AREAS.some((area) => !area.available) && (
        <>
          <h2>Coming in a later version</h2>
          <p>
            These parts of a project are not in this version of Waymark yet. Until they are, use the templates above:
            open one from the Library to read it or download it as a document.
          </p>
          <ul className="task-list">
            {WORK_AREAS.filter((area) => !area.available).map((area) => (
              <li className="task-list__item" key={area.id}>
                <div>
                  <span className="task-list__name">{area.title}</span>
                  <p className="hint">{area.description}</p>
                </div>
                <strong className="tag tag--grey">Coming soon</strong>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Manage this project</h2>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void setProjectArchived(project, !archived)}
        >
          {archived ? 'Restore from archive' : 'Archive project'}
        </button>
        <button type="button" className="button button--warning" onClick={() => setConfirmingDelete(true)}>
          Delete project
        </button>
      </div>

      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete \u201c${project.name}\u201d?`}
        confirmLabel="Yes, delete project"
        destructive
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={async () => {
          setConfirmingDelete(false);
          if (await deleteProjectWithUndo(project)) await navigate(paths.projects());
        }}
      >
        <p>The project and everything in it will be removed from your list. You can undo this straight after.</p>
      </ConfirmDialog>
    </Page>
  );
}
