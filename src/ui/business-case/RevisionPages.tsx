// The revisions of a business case: the list (/business-case/revisions), one revision read-only
// (/business-case/revisions/:revisionNumber) and "Start a new revision" (/business-case/revisions/new),
// which freezes the current revision with a summary of what changed and why.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { startRevision, type CaseErrors } from '../../app/business-case/case-actions';
import {
  CLASSIC_DOCUMENT_LABELS,
  classicDocument,
  flattenTemplateSections,
  gateLabel,
} from '../../domain/business-case/gates';
import { CASE_GATES, type CaseGate } from '../../domain/business-case/model';
import { REVISION_LIMITS } from '../../domain/business-case/revisions';
import { DataTable } from '../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { repositories, useSettings } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { isWritten, longDate, revisionLabel, WithCase, type CaseView } from './case-screen';
import { RichTextView } from './RichTextView';
import './business-case.css';
import { RevisionExtras } from './CaseDownloads';

export function RevisionsPage() {
  return (
    <WithCase title="Revisions">
      {({ project, businessCase, revisions }) => (
        <Page title={`Revisions: ${businessCase.title}`} heading="Revisions" caption={businessCase.title}>
          <p>
            Each revision is the case as it stood at a gate. A frozen revision is the record of what the approvers saw
            and cannot be changed.
          </p>
          <DataTable
            caption={`Revisions of ${businessCase.title}`}
            scrollLabel="Revisions"
            columns={['Revision', 'Decision asked for', 'Status', 'Written by', 'What changed and why']}
          >
            {[...revisions].reverse().map((revision) => (
              <tr key={revision.id}>
                <th scope="row">
                  <Link to={paths.businessCase.revision(project.id, revision.number)}>Revision {revision.number}</Link>
                </th>
                <td>{gateLabel(revision.gate)}</td>
                <td>
                  {revision.status === 'frozen'
                    ? `Frozen on ${longDate(revision.frozenAt ?? revision.updatedAt)}`
                    : 'Draft, being written'}
                </td>
                <td>{revision.author || 'Not recorded'}</td>
                <td>{revision.summary || 'The first revision.'}</td>
              </tr>
            ))}
          </DataTable>
          <div className="button-group">
            <Link to={paths.businessCase.newRevision(project.id)} className="button button--secondary">
              Start a new revision
            </Link>
            <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
          </div>
        </Page>
      )}
    </WithCase>
  );
}

function RevisionBody({ view, number }: { view: CaseView; number: number }) {
  const { project, businessCase, revisions, template } = view;
  const revision = revisions.find((r) => r.number === number);
  if (!revision)
    return (
      <Page
        title={`Revision not found: ${businessCase.title}`}
        heading="Revision not found"
        caption={businessCase.title}
      >
        <p>The case has no revision {Number.isFinite(number) ? number : ''}.</p>
        <p>
          <Link to={paths.businessCase.revisions(project.id)}>See all revisions</Link>
        </p>
      </Page>
    );
  const sections = template ? flattenTemplateSections(template) : [];
  return (
    <Page
      title={`Revision ${revision.number}: ${businessCase.title}`}
      heading={`Revision ${revision.number}`}
      caption={businessCase.title}
    >
      {revision.status === 'frozen' ? (
        <p className="inset">
          This revision was frozen on {longDate(revision.frozenAt ?? revision.updatedAt)} and is read-only. It is the
          case as the approvers saw it.
        </p>
      ) : (
        <p className="inset">
          This is the draft being written. Change its sections from{' '}
          <Link to={paths.businessCase.home(project.id)}>the business case</Link>.
        </p>
      )}
      <SummaryList
        rows={[
          ['Status', revisionLabel(revision)],
          ['Decision asked for', gateLabel(revision.gate)],
          ['Stands in for', CLASSIC_DOCUMENT_LABELS[classicDocument(revision.gate, businessCase.smallScheme)]],
          ['Written by', revision.author || 'Not recorded'],
          ['What changed and why', revision.summary || 'The first revision.'],
        ]}
      />
      {sections.map(({ section, depth }) => {
        const doc = revision.sections[section.id];
        const Heading = depth === 0 ? 'h2' : 'h3';
        return (
          <section key={section.id} aria-labelledby={`rev-${section.id}`}>
            <Heading id={`rev-${section.id}`}>{section.title}</Heading>
            {doc && isWritten(doc) ? (
              <RichTextView doc={doc} baseLevel={depth === 0 ? 2 : 3} />
            ) : (
              <p className="muted">Nothing written.</p>
            )}
          </section>
        );
      })}
      {/* Comparison with the revision before and the Word download of this revision. */}
      <RevisionExtras view={view} revisionNumber={revision.number} />
      <p>
        <Link to={paths.businessCase.revisions(project.id)}>See all revisions</Link>
      </p>
    </Page>
  );
}

export function RevisionPage() {
  const { revisionNumber = '' } = useParams();
  return <WithCase title="Revision">{(view) => <RevisionBody view={view} number={Number(revisionNumber)} />}</WithCase>;
}

const FIELD_IDS = { summary: 'revision-summary', author: 'revision-author', gate: 'revision-gate' } as const;

function NewRevisionForm({ view }: { view: CaseView }) {
  const { project, businessCase, current } = view;
  const navigate = useNavigate();
  const settings = useSettings();
  // The revision the person was shown: if it changes meanwhile, starting is refused.
  const [openedAt] = useState(current.updatedAt);
  const [summary, setSummary] = useState('');
  const [author, setAuthor] = useState('');
  const [gate, setGate] = useState<CaseGate>(businessCase.gate);
  const [errors, setErrors] = useState<CaseErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (settings === undefined) return <p className="muted">Loading…</p>;
  const askName = settings.authorName.trim().length === 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const outcome = await startRevision(repositories(), {
        projectId: project.id,
        expectedUpdatedAt: openedAt,
        summary,
        author,
        gate,
      });
      if (!outcome.ok) return setErrors(outcome.errors);
      useNotices.getState().show({
        kind: 'success',
        message: `Revision ${outcome.value.frozen.number} is frozen. You are now writing revision ${outcome.value.next.number}.`,
        carry: true,
      });
      await navigate(paths.businessCase.home(project.id));
    } catch (e) {
      setErrors({});
      setSaveError(
        errorMessage(e, 'The new revision could not be started. Everything saved before is safe. Try again.'),
      );
    } finally {
      setSaving(false);
    }
  }

  const items: ErrorItem[] = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });
  if (saveError) items.push({ message: saveError });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={items} />
      <p>
        Revision {current.number} will be frozen as it is now
        {current.status === 'draft' ? '' : ' (it is already frozen)'}, and revision {current.number + 1} starts as a
        copy of it. A frozen revision can never be changed.
      </p>
      <TextArea
        id={FIELD_IDS.summary}
        label="What changed since the last revision, and why?"
        hint="For example: what research or delivery taught the team, which options closed, which figures firmed up."
        error={errors.summary}
        value={summary}
        rows={6}
        maxLength={REVISION_LIMITS.summary + 1}
        onChange={setSummary}
      />
      {askName && (
        <TextField
          id={FIELD_IDS.author}
          label="Your name"
          hint="The new revision names you as its author. You can set your name for every document in Settings."
          error={errors.author}
          value={author}
          maxLength={REVISION_LIMITS.author + 1}
          onChange={setAuthor}
        />
      )}
      <RadioGroup
        id={FIELD_IDS.gate}
        legend="Which decision does the new revision ask for?"
        error={errors.gate}
        value={gate}
        options={CASE_GATES.map((g) => ({
          value: g,
          label: g === businessCase.gate ? `${gateLabel(g)} (as now)` : gateLabel(g),
        }))}
        onChange={setGate}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          Freeze revision {current.number} and start revision {current.number + 1}
        </button>
        <Link to={paths.businessCase.home(project.id)}>Cancel</Link>
      </div>
    </form>
  );
}

export function NewRevisionPage() {
  return (
    <WithCase title="Start a new revision">
      {(view) => (
        <Page
          title={`Start a new revision: ${view.businessCase.title}`}
          heading="Start a new revision"
          caption={view.businessCase.title}
        >
          <NewRevisionForm view={view} />
        </Page>
      )}
    </WithCase>
  );
}
