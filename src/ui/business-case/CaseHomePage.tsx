// The business case of a project (/projects/:projectId/business-case). Without a case: what it is for and
// the form that creates one from an installed business case template. With a case: its summary (title, the
// decision it asks for and the classic document it stands in for, the current revision) and its sections,
// grouped by the template's cases, each marked written or empty. Also the page that changes the case's
// details (/business-case/edit), which shares the form.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { createCase, editCase, type CaseErrors } from '../../app/business-case/case-actions';
import { sectionFlag } from '../../domain/business-case/assumptions';
import {
  CLASSIC_DOCUMENT_LABELS,
  classicDocument,
  classicDocumentSentence,
  gateLabel,
  GATE_RULES,
} from '../../domain/business-case/gates';
import { CASE_GATES, type BusinessCase, type CaseGate, type CaseTemplateRef } from '../../domain/business-case/model';
import type { BusinessCaseSection } from '../../domain/pack';
import type { Project } from '../../domain/project';
import { workArea } from '../../domain/work-areas';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { repositories, useActivePacks, useBusinessCase } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { useNotices } from '../state/notices';
import { isWritten, revisionLabel, WithCase, type CaseView } from './case-screen';
import { CostsRisksApprovalsBlock } from './ApprovalPages';
import './business-case.css';
import { CaseHomeExtras } from './CaseDownloads';

/** What each decision means, in a sentence a project manager would recognise. */
const GATE_DESCRIPTIONS: Record<CaseGate, string> = {
  'start-discovery': 'Ask for people and time to find out whether there is a problem worth solving.',
  'discovery-to-alpha': 'Discovery is done: ask to try out ways of solving the problem.',
  'alpha-to-beta': 'Alpha has pointed to an option: ask to build it and run it with real users.',
  'beta-to-live': 'Beta has shown the service works: ask to run it for everyone.',
  'continue-live': 'The service is live: ask to keep running and improving it.',
};

const GATE_OPTIONS = CASE_GATES.map((gate) => ({
  value: gate,
  label: gateLabel(gate),
  hint: `${GATE_DESCRIPTIONS[gate]} Stands in for the ${CLASSIC_DOCUMENT_LABELS[GATE_RULES[gate].classic]}.`,
}));

const SMALL_OPTIONS = [
  { value: 'no', label: 'No' },
  {
    value: 'yes',
    label: 'Yes, it is a small scheme',
    hint: 'Argued in one Business Justification Case at every gate.',
  },
] as const;

const FIELD_IDS = { template: 'case-template', title: 'case-title', gate: 'case-gate' } as const;

function refKey(ref: CaseTemplateRef): string {
  return JSON.stringify([ref.packId, ref.templateId, ref.version]);
}

function summaryItems(errors: CaseErrors, saveError: string | null) {
  const items = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });
  return saveError ? [...items, { message: saveError }] : items;
}

/** The form that creates a case (with a template choice) or changes its details (without one). */
function CaseDetailsForm({ project, existing }: { project: Project; existing?: BusinessCase }) {
  const navigate = useNavigate();
  const packs = useActivePacks();
  const templates = (packs ?? []).flatMap((stored) =>
    stored.pack.templates.flatMap((t) =>
      t.kind === 'business-case'
        ? [
            {
              ref: { packId: stored.id, templateId: t.id, version: t.version },
              title: t.title,
              pack: stored.pack.manifest.name,
            },
          ]
        : [],
    ),
  );
  const [templateKey, setTemplateKey] = useState<string>('');
  const chosenKey = templateKey || (templates.length === 1 && templates[0] ? refKey(templates[0].ref) : '');
  const [title, setTitle] = useState(existing?.title ?? `${project.name}: business case`);
  const [gate, setGate] = useState<CaseGate | ''>(existing?.gate ?? '');
  const [small, setSmall] = useState<'yes' | 'no'>(existing?.smallScheme ? 'yes' : 'no');
  const [errors, setErrors] = useState<CaseErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (packs === undefined) return <p className="muted">Loading…</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const chosenGate = gate === '' ? null : gate;
      if (existing) {
        const outcome = await editCase(repositories(), {
          businessCase: existing,
          title,
          gate: chosenGate,
          smallScheme: small === 'yes',
        });
        if (!outcome.ok) return setErrors(outcome.errors);
        useNotices.getState().show({ kind: 'success', message: 'The case details are saved.', carry: true });
        await navigate(paths.businessCase.home(project.id));
        return;
      }
      const template = templates.find((t) => refKey(t.ref) === chosenKey)?.ref ?? null;
      const outcome = await createCase(repositories(), {
        projectId: project.id,
        template,
        title,
        gate: chosenGate,
        smallScheme: small === 'yes',
      });
      if (!outcome.ok) return setErrors(outcome.errors);
      setErrors({});
      useNotices.getState().show({ kind: 'success', message: 'The business case is created. Start with any section.' });
    } catch (e) {
      setErrors({});
      setSaveError(
        errorMessage(e, 'The business case could not be saved. Everything saved before is safe. Try again.'),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={summaryItems(errors, saveError)} />
      {!existing &&
        (templates.length === 0 ? (
          <p className="inset" id={FIELD_IDS.template}>
            No business case template is installed. Install a pack with one from the Library first.
          </p>
        ) : (
          <RadioGroup
            id={FIELD_IDS.template}
            legend="Which template is the case written on?"
            hint="The case keeps this template at this version, so later versions of the template do not change it."
            error={errors.template}
            value={chosenKey}
            options={templates.map((t) => ({
              value: refKey(t.ref),
              label: `${t.title}, version ${t.ref.version}`,
              hint: `From the pack ${t.pack}.`,
            }))}
            onChange={setTemplateKey}
          />
        ))}
      <TextField
        id={FIELD_IDS.title}
        label="Title of the case"
        error={errors.title}
        value={title}
        maxLength={201}
        onChange={setTitle}
      />
      <RadioGroup
        id={FIELD_IDS.gate}
        legend="Which decision does the case ask for?"
        hint="The sections show the questions for this decision. You can change it later, and each revision keeps its own."
        error={errors.gate}
        value={gate}
        options={GATE_OPTIONS}
        onChange={setGate}
      />
      <RadioGroup
        id="case-small-scheme"
        legend="Is this a small scheme?"
        hint="Usually a small scheme costs no more than your department may approve itself. Waymark does not set a limit, because each department's differs."
        value={small}
        options={SMALL_OPTIONS}
        onChange={setSmall}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {existing ? 'Save the case details' : 'Create the business case'}
        </button>
        {existing && <Link to={paths.businessCase.home(project.id)}>Cancel</Link>}
      </div>
    </form>
  );
}

function WrittenTag({ view, section }: { view: CaseView; section: BusinessCaseSection }) {
  const written = isWritten(view.current.sections[section.id]);
  return (
    <span className="case-tags">
      {sectionFlag(view.current, section.id) && (
        <span className="tag tag--attention">Depends on a disproved assumption</span>
      )}
      <span className={`tag${written ? '' : ' tag--grey'}`}>{written ? 'Written' : 'Empty'}</span>
    </span>
  );
}

/** Assumptions, options appraisal and benefits: the structured parts, each with what it holds. */
function StructuredPartsA({ view }: { view: CaseView }) {
  const { project, current } = view;
  const disproved = current.assumptions.filter((a) => a.status === 'disproved').length;
  const { options, preferredOptionId } = current.options;
  const preferred = options.find((o) => o.id === preferredOptionId);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    {
      to: paths.businessCase.assumptions(project.id),
      title: 'Assumptions',
      status: `${count(current.assumptions.length, 'assumption', 'assumptions')}${disproved > 0 ? `, ${disproved} disproved` : ''}`,
      attention: disproved > 0,
    },
    {
      to: paths.businessCase.options(project.id),
      title: 'Options appraisal',
      status: `${count(options.length, 'option', 'options')}, ${options.filter((o) => o.shortListed).length} short-listed; preferred: ${preferred ? preferred.title : 'not decided yet'}`,
      attention: false,
    },
    {
      to: paths.businessCase.benefits(project.id),
      title: 'Benefits',
      status: count(current.benefits.length, 'benefit', 'benefits'),
      attention: false,
    },
  ];
  return (
    <section aria-labelledby="case-parts-a-heading" data-testid="case-parts-a">
      <h2 id="case-parts-a-heading">Assumptions, options and benefits</h2>
      <ul className="task-list">
        {parts.map((part) => (
          <li className="task-list__item" key={part.title}>
            <Link to={part.to}>{part.title}</Link>
            <span className={`tag${part.attention ? ' tag--attention' : ' tag--grey'}`}>{part.status}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One of the template's cases: its own text, then its sub-sections, each marked written or empty. */
function SectionGroup({ view, section }: { view: CaseView; section: BusinessCaseSection }) {
  const subs = section.sections ?? [];
  return (
    <section className="case-group" aria-labelledby={`case-group-${section.id}`}>
      <div className="case-group__head">
        <h3 id={`case-group-${section.id}`}>
          <Link to={paths.businessCase.section(view.project.id, section.id)}>{section.title}</Link>
        </h3>
        <WrittenTag view={view} section={section} />
      </div>
      {subs.length > 0 && (
        <ul className="task-list case-sections">
          {subs.map((sub) => (
            <li className="task-list__item" key={sub.id}>
              <Link to={paths.businessCase.section(view.project.id, sub.id)}>{sub.title}</Link>
              <WrittenTag view={view} section={sub} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CaseSummary({ view }: { view: CaseView }) {
  const { project, businessCase, current, template } = view;
  const all = template ? template.sections.flatMap((s) => [s, ...(s.sections ?? [])]) : [];
  const written = all.filter((s) => isWritten(current.sections[s.id])).length;
  return (
    <>
      <p className="case-classic" data-testid="case-classic">
        {classicDocumentSentence(businessCase.gate, businessCase.smallScheme)}
      </p>
      <SummaryList
        rows={[
          ['Title', businessCase.title],
          ['Decision asked for', gateLabel(businessCase.gate)],
          ['Stands in for', CLASSIC_DOCUMENT_LABELS[classicDocument(businessCase.gate, businessCase.smallScheme)]],
          ['Small scheme', businessCase.smallScheme ? 'Yes' : 'No'],
          [
            'Template',
            template
              ? `${template.title}, version ${template.version}`
              : `${businessCase.template.templateId}, version ${businessCase.template.version} (not installed)`,
          ],
          ['Current revision', revisionLabel(current)],
          ...(template ? ([['Sections written', `${written} of ${all.length}`]] as const) : []),
        ]}
      />
      <div className="button-group">
        <Link to={paths.businessCase.edit(project.id)} className="button button--secondary">
          Change the case details
        </Link>
        <Link to={paths.businessCase.newRevision(project.id)} className="button button--secondary">
          Start a new revision
        </Link>
        <Link to={paths.businessCase.revisions(project.id)}>See all revisions</Link>
      </div>
      <StructuredPartsA view={view} />
      <h2 id="case-sections-heading">Sections</h2>
      {template ? (
        template.sections.map((section) => <SectionGroup key={section.id} view={view} section={section} />)
      ) : (
        <p className="inset">
          The template this case was made from ({businessCase.template.templateId}, version{' '}
          {businessCase.template.version}) is not installed, so its sections cannot be shown. Install its pack again
          from the Library.
        </p>
      )}
    </>
  );
}

export function CaseHomePage() {
  const project = useLayoutProject();
  const stored = useBusinessCase(project.id);
  const { title, description } = workArea('business-case');
  if (stored === undefined) return <p className="muted">Loading…</p>;
  if (stored.state === 'none')
    return (
      <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
        <p>{description}</p>
        <p>
          The case asks for one decision at a time, such as moving from alpha to beta, and shows only the questions for
          that decision. When you reach the next gate you start a new revision: the one the approvers saw is kept as it
          was.
        </p>
        <h2>Create a business case</h2>
        <CaseDetailsForm project={project} />
      </Page>
    );
  return (
    <WithCase title={title}>
      {(view) => (
        <Page
          title={`${title}: ${project.name}`}
          heading={view.businessCase.title}
          caption={`${project.name}: ${title}`}
        >
          <CaseSummary view={view} />
          {/* Costs, risks, decisions, dependencies and approvals, with the actions from approval conditions. */}
          <CostsRisksApprovalsBlock view={view} />
          {/* Readiness, comparison and Word downloads. */}
          <CaseHomeExtras view={view} />
        </Page>
      )}
    </WithCase>
  );
}

export function CaseEditPage() {
  return (
    <WithCase title="Change the case details">
      {(view) => (
        <Page
          title={`Change the case details: ${view.project.name}`}
          heading="Change the case details"
          caption={view.businessCase.title}
        >
          <CaseDetailsForm project={view.project} existing={view.businessCase} />
        </Page>
      )}
    </WithCase>
  );
}
