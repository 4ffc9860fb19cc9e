// Archive, restore and delete-with-undo, with the notices that tell the person what happened.
import { repositories } from '../data';
import type { Project } from '../../domain/project';
import { useNotices } from '../state/notices';
import { errorMessage } from './error-message';

function reportFailure(error: unknown): void {
  useNotices.getState().show({ kind: 'error', message: errorMessage(error, 'That did not work. Try again.') });
}

export async function deleteProjectWithUndo(project: Project): Promise<boolean> {
  const { projects } = repositories();
  try {
    await projects.delete(project.id);
  } catch (error) {
    reportFailure(error);
    return false;
  }
  useNotices.getState().show({
    kind: 'success',
    message: `Project \u201c${project.name}\u201d deleted.`,
    carry: true,
    action: {
      label: 'Undo',
      run: async () => {
        try {
          const restored = await projects.undoDelete(project.id);
          useNotices.getState().show({ kind: 'success', message: `Project \u201c${restored.name}\u201d restored.` });
        } catch (error) {
          reportFailure(error);
        }
      },
    },
  });
  return true;
}

export async function setProjectArchived(project: Project, archived: boolean): Promise<void> {
  try {
    await repositories().projects.setArchived(project.id, archived);
    useNotices.getState().show({
      kind: 'success',
      message: archived
        ? `Project \u201c${project.name}\u201d archived. You can find it under Archived projects.`
        : `Project \u201c${project.name}\u201d restored from the archive.`,
    });
  } catch (error) {
    reportFailure(error);
  }
}
