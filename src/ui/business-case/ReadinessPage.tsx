// Readiness before a gate (/business-case/readiness): the checklist of what still stands between the current
// revision and the decision it asks for, worked out from the case each time it is shown, so an item goes as
// soon as it is fixed. Contradicted sections first (they are wrong, not just unfinished), each item with what
// to do and a link to where to do it, and counts at the top.
import { Link } from 'react-router';
import { gateLabel } from '../../domain/business-case/gates';
import {
  gateReadiness,
  READINESS_KINDS,
  type ReadinessItem,
  type ReadinessKind,
} from '../../domain/business-case/readiness';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { findSection, revisionLabel, WithCase, type CaseView } from './case-screen';
import './business-case.css';
import './case-compare.css';

const GROUPS: Record<ReadinessKind, { title: string; count: (n: number) => string }> = {
  contradicted: {
    title: 'Contradicted by a disproved assumption',
    count: (n) => `${n} ${n === 1 ? 'section depends' : 'sections depend'} on an assumption shown to be wrong`,
  },
  'empty-section': {
    title: 'Nothing written yet',
    count: (n) => `${n} ${n === 1 ? 'section is' : 'sections are'} empty`,
  },
  'only-assumed': {
    title: 'Only assumed',
    count: (n) => `${n} ${n === 1 ? 'section rests' : 'sections rest'} only on untested assumptions`,
  },
  'missing-part': {
    title: 'Lists still empty',
    count: (n) => `${n} ${n === 1 ? 'list is' : 'lists are'} still empty`,
  },
  'options-incomplete': {
    title: 'Options appraisal',
    count: (n) => `${n} ${n === 1 ? 'gap' : 'gaps'} in the options appraisal`,
  },
  'cost-not-firm': {
    title: 'Cost of the phase being funded',
    count: () => 'the cost of the phase being funded is not firm',
  },
  'approval-needed': {
    title: 'Approvals',
    count: (n) => `${n} ${n === 1 ? 'approval' : 'approvals'} still to get or record`,
  },
  'open-condition': {
    title: 'Approval conditions still open',
    count: (n) => `${n} approval ${n === 1 ? 'condition is' : 'conditions are'} still open`,
  },
};

function ItemLinks({ view, item }: { view: CaseView; item: ReadinessItem }) {
  const projectId = view.project.id;
  if (item.sectionIds.length === 0) {
    // Items about a part of the case, not a section: straight to that part.
    const [to, words] =
      item.kind === 'options-incomplete'
        ? [paths.businessCase.options(projectId), 'Go to the options appraisal']
        : item.kind === 'cost-not-firm'
          ? [paths.businessCase.costs(projectId), 'Go to the costs']
          : item.kind === 'approval-needed' || item.kind === 'open-condition'
            ? [paths.businessCase.approvals(projectId), 'Go to the approvals']
            : [paths.businessCase.home(projectId), 'Go to the business case'];
    return (
      <p>
        <Link to={to}>{words}</Link>
      </p>
    );
  }
  return (
    <ul>
      {item.sectionIds.map((id) => {
        const title = findSection(view.template, id)?.section.title ?? 'the section';
        return (
          <li key={id}>
            <Link to={paths.businessCase.section(projectId, id)}>Go to {title}</Link>
          </li>
        );
      })}
    </ul>
  );
}

function ReadinessBody({ view }: { view: CaseView }) {
  const { project, businessCase, current, template } = view;
  const title = 'Readiness before the gate';
  const back = (
    <p>
      <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
    </p>
  );
  if (!template)
    return (
      <Page title={`${title}: ${businessCase.title}`} heading={title} caption={businessCase.title}>
        <p className="inset">
          The template this case was made from is not installed, so Waymark cannot tell which sections the gate asks
          for. Install its pack again from the Library.
        </p>
        {back}
      </Page>
    );
  const items = gateReadiness(template, current);
  const groups = READINESS_KINDS.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    <Page title={`${title}: ${businessCase.title}`} heading={title} caption={businessCase.title}>
      <p>
        What still stands between {revisionLabel(current).replace(/^Revision/, 'revision')} and the decision it asks
        for: {gateLabel(current.gate).toLowerCase()}. The list is worked out from the case each time you open it, so
        each item goes as soon as it is fixed.
      </p>
      {items.length === 0 ? (
        <div className="inset" data-testid="readiness-counts">
          <p className="readiness-counts">
            <strong>Nothing left on the checklist.</strong>
          </p>
          <p>Every section is written, nothing rests on a disproved assumption, and the approvals are recorded.</p>
        </div>
      ) : (
        <div data-testid="readiness-counts">
          <p className="readiness-counts">
            <strong>
              {items.length} {items.length === 1 ? 'thing' : 'things'} to do before the gate
            </strong>
          </p>
          <ul>
            {groups.map((group) => (
              <li key={group.kind}>
                <a href={`#readiness-${group.kind}`}>{GROUPS[group.kind].count(group.items.length)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`readiness-${group.kind}`}>
          <h2 id={`readiness-${group.kind}`} tabIndex={-1}>
            {GROUPS[group.kind].title} ({group.items.length})
          </h2>
          <ul className={`readiness-list readiness-list--${group.kind}`}>
            {group.items.map((item) => (
              <li key={item.key}>
                <p>
                  <strong>{item.problem}</strong>
                </p>
                <p>{item.action}</p>
                <ItemLinks view={view} item={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {back}
    </Page>
  );
}

export function ReadinessPage() {
  return <WithCase title="Readiness before the gate">{(view) => <ReadinessBody view={view} />}</WithCase>;
}
