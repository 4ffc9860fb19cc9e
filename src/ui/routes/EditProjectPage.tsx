// Change a project's details. If another window or tab saves the same project while this form is open,
// saving stops and the person chooses which version to keep (see EditConflict).
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ProjectChangedError, repositories, useProject } from '../data';
import { draftFromProject, type Project, type ProjectDraft } from '../../domain/project';
import { EditConflict } from '../components/EditConflict';
import { Page } from '../components/Page';
import { ProjectForm } from '../components/ProjectForm';
import { useNotices } from '../state/notices';
import { NotFoundPage } from './NotFoundPage';
import { paths } from '../paths';

export function EditProjectPage() {
  const { projectId } = useParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  // When the copy being edited was last changed: a save is refused if the stored one moved on since.
  const baseline = useRef<string | null>(null);
  const [conflict, setConflict] = useState<{ mine: ProjectDraft; theirs: Project } | null>(null);
  if (project === undefined) return <p className="muted">Loading…</p>;
  if (project === null) return <NotFoundPage />;
  baseline.current ??= project.updatedAt;

  async function save(draft: ProjectDraft, expected: string): Promise<void> {
    if (!project) return;
    try {
      await repositories().projects.update(project.id, draft, expected);
    } catch (error) {
      if (error instanceof ProjectChangedError) {
        setConflict({ mine: draft, theirs: error.current });
        return;
      }
      throw error;
    }
    useNotices.getState().show({ kind: 'success', message: 'Project details saved.', carry: true });
    await navigate(paths.project(project.id));
  }

  return (
    <Page title={`Change details of ${project.name}`} heading="Change project details" caption={project.name}>
      {conflict && (
        <EditConflict
          mine={conflict.mine}
          theirs={conflict.theirs}
          onKeepMine={() => void save(conflict.mine, conflict.theirs.updatedAt)}
          onTakeTheirs={() => {
            useNotices.getState().show({ kind: 'success', message: 'The other version is kept.', carry: true });
            void navigate(paths.project(project.id));
          }}
        />
      )}
      <ProjectForm
        initial={draftFromProject(project)}
        submitLabel="Save changes"
        onCancel={() => void navigate(paths.project(project.id))}
        onSubmit={(draft) => save(draft, baseline.current ?? project.updatedAt)}
      />
    </Page>
  );
}
