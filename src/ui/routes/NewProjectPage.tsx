// Create a project.
import { useNavigate } from 'react-router';
import { repositories } from '../data';
import { emptyDraft } from '../../domain/project';
import { Page } from '../components/Page';
import { ProjectForm } from '../components/ProjectForm';
import { useNotices } from '../state/notices';
import { paths } from '../paths';

export function NewProjectPage() {
  const navigate = useNavigate();
  return (
    <Page title="Create a project">
      <ProjectForm
        initial={emptyDraft()}
        submitLabel="Create project"
        onCancel={() => void navigate(paths.projects())}
        onSubmit={async (draft) => {
          const project = await repositories().projects.create(draft);
          useNotices
            .getState()
            .show({ kind: 'success', message: `Project \u201c${project.name}\u201d created.`, carry: true });
          await navigate(paths.project(project.id));
        }}
      />
    </Page>
  );
}
