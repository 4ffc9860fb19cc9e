// Change a project's details.
import { useNavigate, useParams } from 'react-router';
import { repositories, useProject } from '../data';
import { draftFromProject } from '../../domain/project';
import { Page } from '../components/Page';
import { ProjectForm } from '../components/ProjectForm';
import { useNotices } from '../state/notices';
import { NotFoundPage } from './NotFoundPage';
import { paths } from '../paths';

export function EditProjectPage() {
  const { projectId } = useParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  if (project === undefined) return <p className="muted">Loading…</p>;
  if (project === null) return <NotFoundPage />;
  return (
    <Page title={`Change details of ${project.name}`} heading="Change project details" caption={project.name}>
      <ProjectForm
        initial={draftFromProject(project)}
        submitLabel="Save changes"
        onCancel={() => void navigate(paths.project(project.id))}
        onSubmit={async (draft) => {
          await repositories().projects.update(project.id, draft);
          useNotices.getState().show({ kind: 'success', message: 'Project details saved.', carry: true });
          await navigate(paths.project(project.id));
        }}
      />
    </Page>
  );
}
