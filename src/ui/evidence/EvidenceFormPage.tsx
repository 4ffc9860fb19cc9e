// Add evidence to a project, or change an item (at /projects/:projectId/evidence/new and …/:evidenceId/edit).
import { useNavigate, useParams } from 'react-router';
import { saveEvidence } from '../../app/evidence/evidence-actions';
import { repositories, useEvidenceItem, useProject, useProjectAttachments } from '../data';
import { draftFromEvidence, emptyEvidenceDraft } from '../../domain/evidence-rules';
import { Page } from '../components/Page';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';
import { EvidenceForm } from './EvidenceForm';
import { paths } from '../paths';

export function EvidenceFormPage() {
  const { projectId, evidenceId } = useParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  const item = useEvidenceItem(evidenceId);
  const attachments = useProjectAttachments(projectId);
  const adding = evidenceId === undefined;

  if (project === undefined || attachments === undefined || (!adding && item === undefined))
    return <p className="muted">Loading…</p>;
  if (project === null || (!adding && (!item || item.projectId !== project.id))) return <NotFoundPage />;

  const existing = adding ? null : (item ?? null);
  const attachedId = existing?.source.type === 'file' ? existing.source.attachmentId : null;
  const attached = attachments.find((a) => a.id === attachedId) ?? null;
  const back = existing ? paths.evidence.item(project.id, existing.id) : paths.evidence.list(project.id);

  return (
    <Page
      title={existing ? `Change ${existing.title}` : `Add evidence to ${project.name}`}
      heading={existing ? 'Change evidence' : 'Add evidence'}
      caption={project.name}
    >
      <EvidenceForm
        initial={existing ? draftFromEvidence(existing) : emptyEvidenceDraft()}
        attached={attached}
        submitLabel={existing ? 'Save changes' : 'Add evidence'}
        onCancel={() => void navigate(back)}
        onSubmit={async (draft, file) => {
          const outcome = await saveEvidence(repositories(), {
            projectId: project.id,
            itemId: existing?.id ?? null,
            draft,
            file,
          });
          if (!outcome.ok) return outcome.errors;
          useNotices.getState().show({
            kind: 'success',
            message: existing ? 'Evidence saved.' : `\u201c${outcome.item.title}\u201d is added to the evidence.`,
            carry: true,
          });
          await navigate(paths.evidence.item(project.id, outcome.item.id));
          return null;
        }}
      />
    </Page>
  );
}
