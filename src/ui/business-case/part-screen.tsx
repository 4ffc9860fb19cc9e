// What the screens of the structured parts (assumptions, options, benefits) share: the notice that a
// frozen revision cannot be changed, where a save goes (the draft as the person was shown it), and the
// names of the template's sections.
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { DraftTarget } from '../../app/business-case/draft-change';
import { flattenTemplateSections } from '../../domain/business-case/gates';
import type { BusinessCaseTemplate } from '../../domain/pack';
import { paths } from '../paths';
import { revisionLabel, type CaseView } from './case-screen';

/** Shown instead of any way to edit when the latest revision is frozen. */
export function FrozenNotice({ view }: { view: CaseView }) {
  return (
    <div className="inset" data-testid="frozen-notice">
      <p>
        {revisionLabel(view.current)}. It is frozen and cannot be changed: it is the record of what the approvers saw.
      </p>
      <p>
        <Link to={paths.businessCase.newRevision(view.project.id)}>Start a new revision</Link> to make changes.
      </p>
    </div>
  );
}

/**
 * Where a form saves: the current draft, as it was when the form was shown. A change made meanwhile in
 * another window is then refused, not overwritten. `followOn` moves the form on to its own last save.
 */
export interface DraftTargetState {
  target: DraftTarget;
  followOn: (updatedAt: string) => void;
}

export function useDraftTarget(view: CaseView): DraftTargetState {
  const [expectedUpdatedAt, setExpected] = useState(view.current.updatedAt);
  return {
    target: { projectId: view.project.id, revisionId: view.current.id, expectedUpdatedAt },
    followOn: setExpected,
  };
}

/** Each section's name as people read it: a sub-section is named with its case. */
export function sectionNames(template: BusinessCaseTemplate | null): Map<string, string> {
  if (!template) return new Map();
  const all = flattenTemplateSections(template);
  const titles = new Map(all.map((f) => [f.section.id, f.section.title]));
  return new Map(
    all.map((f) => [
      f.section.id,
      f.parentId ? `${titles.get(f.parentId) ?? ''}: ${f.section.title}` : f.section.title,
    ]),
  );
}

/** The heading caption of a part's pages: the case and the revision. */
export function partCaption(view: CaseView): string {
  return `${view.businessCase.title}: ${revisionLabel(view.current)}`;
}

/** A "Remove" button that asks first, in a dialog that starts on the safe choice. */
export function RemoveWithConfirm({
  label,
  question,
  onConfirm,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--warning" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={question}
        confirmLabel={label}
        destructive
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
        onCancel={() => setOpen(false)}
      >
        <p>It is removed from this draft revision only. Frozen revisions keep it as it was.</p>
      </ConfirmDialog>
    </>
  );
}
