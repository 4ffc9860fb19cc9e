// One section of the business case (/business-case/sections/:sectionId): the template's guidance and the
// questions for the decision the case asks for, beside the editor (above it on a narrow window). Text is
// saved as it is typed; a frozen revision is shown read-only.
import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { saveSection } from '../../app/business-case/case-actions';
import { sectionFlag } from '../../domain/business-case/assumptions';
import { flattenTemplateSections, gateLabel, promptsForGate } from '../../domain/business-case/gates';
import type { CaseRevision } from '../../domain/business-case/model';
import { emptyRichText, type RichTextDoc } from '../../domain/rich-text';
import { Page } from '../components/Page';
import { PlainText } from '../components/PlainText';
import { repositories } from '../data';
import { paths } from '../paths';
import { findSection, revisionLabel, WithCase, type CaseView } from './case-screen';
import { RichTextView } from './RichTextView';
import { SectionEditor } from './SectionEditor';
import { savedAtText, useAutosave } from './use-autosave';
import './business-case.css';

function AutosavedEditor({
  view,
  sectionId,
  label,
  describedBy,
}: {
  view: CaseView;
  sectionId: string;
  label: string;
  describedBy: string | undefined;
}) {
  const { project, current } = view;
  // Each save follows on from the last one this editor made, and says what this section held then: a save
  // made while the revision changed elsewhere (another section saved a moment before, a part of the case
  // edited) goes ahead, and a change to this section elsewhere is refused.
  const expected = useRef(current.updatedAt);
  const known = useRef<RichTextDoc>(current.sections[sectionId] ?? emptyRichText());
  const save = useCallback(
    async (doc: RichTextDoc) => {
      const saved: CaseRevision = await saveSection(repositories(), {
        projectId: project.id,
        revisionId: current.id,
        sectionId,
        content: doc,
        expectedUpdatedAt: expected.current,
        knownContent: known.current,
      });
      expected.current = saved.updatedAt;
      known.current = saved.sections[sectionId] ?? emptyRichText();
    },
    [project.id, current.id, sectionId],
  );
  const { status, change, flush } = useAutosave(save);
  // Text that can no longer be stored is not saved (the last text that could be stays), and the person is told.
  const [unsavable, setUnsavable] = useState<string | null>(null);
  const onChange = useCallback(
    (doc: RichTextDoc) => {
      setUnsavable(null);
      change(doc);
    },
    [change],
  );
  const initial = current.sections[sectionId] ?? emptyRichText();
  return (
    <>
      <SectionEditor
        label={label}
        labelledBy="section-heading"
        describedBy={describedBy}
        value={initial}
        onChange={onChange}
        onUnsavable={setUnsavable}
        onBlur={() => void flush()}
      />
      <p className="editor-status" role="status" aria-live="polite" data-testid="save-status">
        {status.state === 'saved' ? savedAtText(status.at) : status.state === 'saving' ? 'Saving…' : ''}
      </p>
      {unsavable !== null && (
        <div className="error-summary" role="alert">
          <p>
            Your latest changes cannot be saved because the section is too long. {unsavable} What you wrote up to the
            last save is kept. Shorten the section, or move some of it to another section, to go on saving.
          </p>
        </div>
      )}
      {status.state === 'failed' && (
        <div className="error-summary" role="alert">
          <p>{status.message}</p>
          <button type="button" className="button button--secondary" onClick={() => void flush()}>
            Try saving again
          </button>
        </div>
      )}
    </>
  );
}

/** "This section depends on a disproved assumption", quoting each one, with the way to the assumptions. */
function DisprovedWarning({ view, sectionId }: { view: CaseView; sectionId: string }) {
  const flag = sectionFlag(view.current, sectionId);
  if (!flag) return null;
  return (
    <div className="inset editor-warning" data-testid="disproved-warning">
      <p>
        <strong>
          This section depends on {flag.disproved.length === 1 ? 'a disproved assumption' : 'disproved assumptions'}:
        </strong>
      </p>
      <ul>
        {flag.disproved.map((a) => (
          <li key={a.id}>{a.text}</li>
        ))}
      </ul>
      <p>
        Rewrite the section with what the evidence showed.{' '}
        <Link to={paths.businessCase.assumptions(view.project.id)}>See the assumptions</Link>
      </p>
    </div>
  );
}

function SectionBody({ view, sectionId }: { view: CaseView; sectionId: string }) {
  const { project, businessCase, current, template } = view;
  const flat = findSection(template, sectionId);
  if (!flat || !template)
    return (
      <Page title={`Section not found: ${project.name}`} heading="Section not found" caption={businessCase.title}>
        <p>The case&rsquo;s template has no such section.</p>
        <p>
          <Link to={paths.businessCase.home(project.id)}>Go to the business case</Link>
        </p>
      </Page>
    );
  const { section } = flat;
  const gate = current.gate;
  const prompts = promptsForGate(section, gate);
  const all = flattenTemplateSections(template);
  const index = all.findIndex((f) => f.section.id === sectionId);
  const previous = all[index - 1];
  const next = all[index + 1];
  const parent = flat.parentId ? all.find((f) => f.section.id === flat.parentId) : undefined;
  const frozen = current.status === 'frozen';
  return (
    <Page
      title={`${section.title}: ${businessCase.title}`}
      heading={<span id="section-heading">{section.title}</span>}
      caption={parent ? `${businessCase.title}: ${parent.section.title}` : businessCase.title}
    >
      <p className="muted">
        {revisionLabel(current)}. Asks to {gateLabel(gate).toLowerCase()}.
      </p>
      <DisprovedWarning view={view} sectionId={sectionId} />
      <div className="section-layout">
        <aside className="section-guidance" aria-labelledby="guidance-heading">
          <h2 id="guidance-heading">What this section must show</h2>
          <PlainText text={section.purpose} />
          <h3 id="prompts-heading">Questions for the decision to {gateLabel(gate).toLowerCase()}</h3>
          {prompts.length === 0 ? (
            <p>The template has no questions for this decision.</p>
          ) : (
            <ul id="section-prompts" className="section-prompts">
              {prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          )}
        </aside>
        <div className="section-main">
          {frozen ? (
            <>
              <p className="inset">
                This revision is frozen and cannot be changed. Start a new revision to make changes.
              </p>
              <RichTextView doc={current.sections[sectionId] ?? emptyRichText()} />
            </>
          ) : (
            <AutosavedEditor
              key={`${current.id}:${sectionId}`}
              view={view}
              sectionId={sectionId}
              label={section.title}
              describedBy={prompts.length > 0 ? 'section-prompts' : undefined}
            />
          )}
        </div>
      </div>
      <nav className="section-nav" aria-label="Other sections">
        <ul>
          {previous && (
            <li>
              <Link to={paths.businessCase.section(project.id, previous.section.id)}>
                Previous: {previous.section.title}
              </Link>
            </li>
          )}
          {next && (
            <li>
              <Link to={paths.businessCase.section(project.id, next.section.id)}>Next: {next.section.title}</Link>
            </li>
          )}
          <li>
            <Link to={paths.businessCase.home(project.id)}>All sections of the case</Link>
          </li>
        </ul>
      </nav>
    </Page>
  );
}

export function CaseSectionPage() {
  const { sectionId = '' } = useParams();
  return (
    <WithCase title="Business case section">{(view) => <SectionBody view={view} sectionId={sectionId} />}</WithCase>
  );
}
