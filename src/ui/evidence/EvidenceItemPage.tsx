// One evidence item: its details, its attached file (open or save) and where it is used.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { openAttachment, saveAttachmentCopy } from '../../app/evidence/attachment-actions';
import { removeEvidence } from '../../app/evidence/evidence-actions';
import { installedStandardPoints } from '../../app/evidence/assessment-evidence-uses';
import { evidenceUseFinders, findEvidenceUses } from '../../app/evidence/evidence-uses';
import { repositories, useEvidenceItem, useProject, useProjectAttachments } from '../data';
import { EVIDENCE_KIND_LABELS } from '../../domain/evidence';
import { groupUses, type EvidenceUse } from '../../domain/evidence-rules';
import { WORK_AREAS, workArea } from '../../domain/work-areas';
import { currentPlatform } from '../../platform/current-platform';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate } from '../components/dates';
import { ExternalLink } from '../components/ExternalLink';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';
import { evidenceDate, fileSize } from './evidence-format';
import { paths } from '../paths';

function report(error: unknown, fallback: string): void {
  useNotices.getState().show({ kind: 'error', message: error instanceof Error ? error.message : fallback });
}

/** Where the item is used, as the features that cite evidence report it; null while looking. */
function useEvidenceUses(projectId: string | undefined, evidenceId: string | undefined): EvidenceUse[] | null {
  const [uses, setUses] = useState<EvidenceUse[] | null>(null);
  useEffect(() => {
    if (!projectId || !evidenceId) return;
    let live = true;
    const repos = repositories();
    const finders = evidenceUseFinders({
      complianceMaps: repos.complianceMaps,
      citing: { read: (id) => repos.bundles.evidenceCiting(id), standardPoints: installedStandardPoints(repos.packs) },
      routes: {
        map: paths.map,
        assessment: { point: paths.assessments.point },
        businessCase: {
          assumption: (id, _revisionNumber, assumptionId) => paths.businessCase.assumption(id, assumptionId),
        },
      },
    });
    void findEvidenceUses(finders, projectId, evidenceId).then((found) => live && setUses(found));
    return () => {
      live = false;
    };
  }, [projectId, evidenceId]);
  return uses;
}

function WhereUsed({ uses }: { uses: EvidenceUse[] | null }) {
  const groups = uses
    ? groupUses(
        uses,
        WORK_AREAS.map((a) => a.id),
      )
    : [];
  return (
    <section aria-labelledby="evidence-uses-heading">
      <h2 id="evidence-uses-heading">Where this is used</h2>
      {uses === null ? (
        <p className="muted">Looking…</p>
      ) : groups.length === 0 ? (
        <p data-testid="evidence-uses">Nothing in this project uses this evidence yet.</p>
      ) : (
        groups.map((group) => {
          const area = group[0] ? workArea(group[0].area) : null;
          return (
            <div key={area?.id}>
              <h3>{area?.title}</h3>
              <ul className="list list--bullet">
                {group.map((use) => (
                  <li key={`${use.where} ${use.label}`}>
                    <Link to={use.where}>{use.label}</Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

export function EvidenceItemPage() {
  const { projectId, evidenceId } = useParams();
  const navigate = useNavigate();
  const project = useProject(projectId);
  const item = useEvidenceItem(evidenceId);
  const attachments = useProjectAttachments(projectId);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const uses = useEvidenceUses(projectId, evidenceId);

  if (project === undefined || item === undefined || attachments === undefined)
    return <p className="muted">Loading…</p>;
  if (project === null || item === null || item.projectId !== project.id) return <NotFoundPage />;

  const platform = currentPlatform();
  const source = item.source;
  const attachment = source.type === 'file' ? attachments.find((a) => a.id === source.attachmentId) : undefined;
  const where =
    source.type === 'link' ? (
      <ExternalLink href={source.url}>{source.url}</ExternalLink>
    ) : source.type === 'path' ? (
      <span className="evidence-where">{source.path}</span>
    ) : source.type === 'file' ? (
      attachment ? (
        `Attached file: ${attachment.name} (${fileSize(attachment.size)})`
      ) : (
        'Attached file (no longer stored)'
      )
    ) : (
      'Not recorded'
    );

  async function open(id: string) {
    setRefusal(null);
    try {
      const outcome = await openAttachment(repositories(), platform, id);
      if (outcome.kind === 'refused') setRefusal(outcome.message);
      else if (outcome.kind === 'downloaded')
        useNotices.getState().show({ kind: 'success', message: `${outcome.name} is downloaded.` });
    } catch (error) {
      report(error, 'The file could not be opened.');
    }
  }

  async function saveCopy(id: string) {
    try {
      const outcome = await saveAttachmentCopy(repositories(), platform, id);
      if (outcome.saved)
        useNotices.getState().show({ kind: 'success', message: `A copy is saved as ${outcome.fileName ?? 'a file'}.` });
    } catch (error) {
      report(error, 'A copy could not be saved.');
    }
  }

  return (
    <Page
      title={`${item.title}: evidence of ${project.name}`}
      heading={item.title}
      caption={`Evidence of ${project.name}`}
    >
      <p>
        <Link to={paths.evidence.list(project.id)}>Back to all evidence</Link>
      </p>
      <SummaryList
        rows={[
          ['Kind', EVIDENCE_KIND_LABELS[item.kind]],
          ['Date', evidenceDate(item.date)],
          ['Owner', item.owner || 'Not given'],
          ['Where it is', where],
          ['Description', item.description ? <span className="pre-line">{item.description}</span> : 'Not given'],
          ['Added', formatDate(item.createdAt)],
          ['Last changed', formatDate(item.updatedAt)],
        ]}
      />
      {attachment && (
        <section aria-labelledby="evidence-file-heading">
          <h2 id="evidence-file-heading">Attached file</h2>
          <p>
            {attachment.name}, {fileSize(attachment.size)}.{' '}
            {platform.kind === 'desktop'
              ? 'Opening shows a copy in this computer\u2019s own program for that kind of file.'
              : 'Your browser will download it.'}
          </p>
          {refusal && (
            <p className="inset" role="alert">
              {refusal}
            </p>
          )}
          <div className="button-group">
            <button type="button" className="button" onClick={() => void open(attachment.id)}>
              {platform.kind === 'desktop' ? 'Open file' : 'Download file'}
              <span className="visually-hidden"> {attachment.name}</span>
            </button>
            {platform.kind === 'desktop' && (
              <button type="button" className="button button--secondary" onClick={() => void saveCopy(attachment.id)}>
                Save a copy<span className="visually-hidden"> of {attachment.name}</span>
              </button>
            )}
          </div>
        </section>
      )}
      <WhereUsed uses={uses} />
      <h2>Manage this evidence</h2>
      <div className="button-group">
        <Link to={paths.evidence.edit(project.id, item.id)} className="button button--secondary">
          Change evidence
        </Link>
        <button type="button" className="button button--warning" onClick={() => setConfirmingDelete(true)}>
          Delete evidence
        </button>
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete \u201c${item.title}\u201d?`}
        confirmLabel="Yes, delete evidence"
        destructive
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={async () => {
          setConfirmingDelete(false);
          try {
            await removeEvidence(repositories(), item.id);
            useNotices.getState().show({
              kind: 'success',
              message: `\u201c${item.title}\u201d is deleted from the evidence.`,
              carry: true,
            });
            await navigate(paths.evidence.list(project.id));
          } catch (error) {
            report(error, 'The evidence could not be deleted.');
          }
        }}
      >
        <p>
          {attachment
            ? `The evidence and its attached file, ${attachment.name}, will be deleted for good.`
            : 'The evidence will be deleted for good.'}
        </p>
        {uses !== null && uses.length > 0 && (
          <p>
            {uses.length === 1
              ? 'It is cited in one place, listed under \u201cWhere this is used\u201d; that place will then say the evidence has been deleted.'
              : `It is cited in ${uses.length} places, listed under \u201cWhere this is used\u201d; those places will then say the evidence has been deleted.`}
          </p>
        )}
      </ConfirmDialog>
    </Page>
  );
}
