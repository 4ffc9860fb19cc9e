// What every business case screen shares: reading the project's case, its revisions and the template it
// was made from (at the pinned version), and saying plainly when there is no case or it cannot be read.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { flattenTemplateSections, gateLabel, type FlatSection } from '../../domain/business-case/gates';
import type { BusinessCase, CaseGate, CaseRevision } from '../../domain/business-case/model';
import { latestRevision } from '../../domain/business-case/revisions';
import type { BusinessCaseTemplate } from '../../domain/pack';
import type { Project } from '../../domain/project';
import { wordCount, type RichTextDoc } from '../../domain/rich-text';
import { Page } from '../components/Page';
import { useBusinessCase, usePackVersions } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';

export interface CaseView {
  project: Project;
  businessCase: BusinessCase;
  revisions: CaseRevision[];
  /** The latest revision: the draft being written (or the last frozen one). */
  current: CaseRevision;
  /** The template at the version the case was made from; null when that version is not installed. */
  template: BusinessCaseTemplate | null;
}

/** The case's template at its pinned version, from any stored version of its pack; undefined while loading. */
export function useCaseTemplate(ref: BusinessCase['template'] | undefined): BusinessCaseTemplate | null | undefined {
  const versions = usePackVersions(ref?.packId);
  if (!ref) return null;
  if (versions === undefined) return undefined;
  const template = versions
    .flatMap((stored) => stored.pack.templates)
    .find((t) => t.id === ref.templateId && t.version === ref.version);
  return template?.kind === 'business-case' ? template : null;
}

/**
 * Shows `children` with the project's case once it is read. Without a case (or with one this version cannot
 * read) the page says so under its own title, with the way back to the case's home.
 */
export function WithCase({ title, children }: { title: string; children: (view: CaseView) => ReactNode }) {
  const project = useLayoutProject();
  const stored = useBusinessCase(project.id);
  const template = useCaseTemplate(stored?.state === 'ready' ? stored.businessCase.template : undefined);
  if (stored === undefined || (stored.state === 'ready' && template === undefined))
    return <p className="muted">Loading…</p>;
  const current = stored.state === 'ready' ? latestRevision(stored.revisions) : null;
  if (stored.state === 'ready' && current)
    return children({
      project,
      businessCase: stored.businessCase,
      revisions: stored.revisions,
      current,
      template: template ?? null,
    });
  return (
    <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
      <p>
        {stored.state === 'none'
          ? 'This project has no business case yet.'
          : 'This project\u2019s business case cannot be read by this version of Waymark, so it is left as it is.'}
      </p>
      <p>
        <Link to={paths.businessCase.home(project.id)}>Go to the business case</Link>
      </p>
    </Page>
  );
}

/** True when a section has words in it. */
export function isWritten(doc: RichTextDoc | undefined): boolean {
  return doc !== undefined && wordCount(doc) > 0;
}

/** A section of the case's template by id, with where it sits. */
export function findSection(template: BusinessCaseTemplate | null, sectionId: string): FlatSection | undefined {
  return template ? flattenTemplateSections(template).find((flat) => flat.section.id === sectionId) : undefined;
}

/** "Revision 2 (draft)" or "Revision 1, frozen on 1 June 2026". */
export function revisionLabel(revision: CaseRevision): string {
  if (revision.status === 'draft') return `Revision ${revision.number} (draft)`;
  return `Revision ${revision.number}, frozen on ${longDate(revision.frozenAt ?? revision.updatedAt)}`;
}

export function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The gate a revision asks for, as words. */
export function revisionGate(revision: CaseRevision): string {
  return gateLabel(revision.gate);
}

export function gateOf(view: CaseView): CaseGate {
  return view.current.status === 'draft' ? view.businessCase.gate : view.current.gate;
}
