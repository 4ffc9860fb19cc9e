// Add a link between steps of two processes, or change one (/compliance-map/links/new and …/:linkId).
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  addLink,
  draftFromLink,
  editLink,
  emptyLinkDraft,
  type LinkDraft,
} from '../../domain/compliance-map/map-edit-links';
import {
  LINK_CONFIDENCES,
  LINK_RATIONALES,
  MAP_RELATIONS,
  RATIONALE_LABELS,
  RELATION_LABELS,
  REVIEW_STATUSES,
  stepKey,
  type ComplianceMap,
  type MapLink,
  type MapRelation,
  type StepRef,
} from '../../domain/compliance-map/map-model';
import { parseStepKey } from '../../domain/compliance-map/map-edit-register';
import type { Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { describedBy, FieldFrame, RadioGroup, TextArea } from '../components/fields';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { summaryItems, useMapSave, WithMap } from './map-screen';
import { CONFIDENCE_LABELS, RELATION_HINTS, STATUS_LABELS } from './map-words';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const FIELDS = {
  from: 'link-from',
  relation: 'link-relation',
  to: 'link-to',
  reason: 'link-reason',
  rationale: 'link-rationale',
  confidence: 'link-confidence',
  status: 'link-status',
  note: 'link-note',
};

function StepSelect(props: {
  id: string;
  label: string;
  map: ComplianceMap;
  value: StepRef | null;
  error?: string | undefined;
  onChange: (ref: StepRef | null) => void;
}) {
  const { id, label, map, value, error, onChange } = props;
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select
        id={id}
        className={`select${error ? ' input--error' : ''}`}
        value={value ? stepKey(value) : ''}
        aria-describedby={describedBy(id, undefined, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(parseStepKey(e.target.value))}
      >
        <option value="">Choose a step</option>
        {map.processes.map((process) => (
          <optgroup key={process.id} label={process.title}>
            {process.steps.map((step) => (
              <option key={step.id} value={stepKey({ processId: process.id, stepId: step.id })}>
                {step.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

function LinkForm({ project, map, link }: { project: Project; map: ComplianceMap; link: MapLink | null }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<LinkDraft>(link ? draftFromLink(link) : emptyLinkDraft());
  const { errors, saveError, save } = useMapSave(project, map);
  const update = <K extends keyof LinkDraft>(key: K, value: LinkDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const back = paths.map.links(project.id);
  return (
    <form
      noValidate
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          (m, c) => (link ? editLink(m, link.id, draft, c) : addLink(m, draft, c)),
          link ? 'The link is saved.' : 'The link is added.',
          () => navigate(back),
        );
      }}
    >
      <ErrorSummary errors={summaryItems(errors, FIELDS, saveError)} />
      <StepSelect
        id={FIELDS.from}
        label="First step"
        map={map}
        value={draft.from}
        error={errors.from}
        onChange={(v) => update('from', v)}
      />
      <RadioGroup<MapRelation | ''>
        id={FIELDS.relation}
        legend="How does the first step relate to the second?"
        value={draft.relation ?? ''}
        error={errors.relation}
        options={MAP_RELATIONS.map((r) => ({
          value: r,
          label: `${capitalised(RELATION_LABELS[r])} (${r})`,
          hint: RELATION_HINTS[r],
        }))}
        onChange={(v) => update('relation', v === '' ? null : v)}
      />
      <StepSelect
        id={FIELDS.to}
        label="Second step"
        map={map}
        value={draft.to}
        error={errors.to}
        onChange={(v) => update('to', v)}
      />
      {draft.relation === 'conflicts-with' && (
        <TextArea
          id={FIELDS.reason}
          label="Why do they conflict?"
          hint="What each side asks that the other rules out"
          value={draft.reason}
          error={errors.reason}
          onChange={(v) => update('reason', v)}
        />
      )}
      <RadioGroup
        id={FIELDS.rationale}
        legend="Why is the link drawn?"
        value={draft.rationale}
        error={errors.rationale}
        options={LINK_RATIONALES.map((r) => ({ value: r, label: `${RATIONALE_LABELS[r]} (${r})` }))}
        onChange={(v) => update('rationale', v)}
      />
      <RadioGroup
        id={FIELDS.confidence}
        legend="How sure are you?"
        value={draft.confidence}
        error={errors.confidence}
        options={LINK_CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
        onChange={(v) => update('confidence', v)}
      />
      <RadioGroup
        id={FIELDS.status}
        legend="Is the link agreed?"
        value={draft.status}
        error={errors.status}
        options={REVIEW_STATUSES.map((s) => ({
          value: s,
          label: STATUS_LABELS[s],
          hint: s === 'draft' ? 'Still to be checked with both sides' : 'Both sides accept it',
        }))}
        onChange={(v) => update('status', v)}
      />
      <TextArea
        id={FIELDS.note}
        label="Note (optional)"
        value={draft.note}
        error={errors.note}
        onChange={(v) => update('note', v)}
      />
      <div className="button-group">
        <button type="submit" className="button">
          {link ? 'Save changes' : 'Add link'}
        </button>
        <Link to={back} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function LinkFormPage() {
  const { linkId } = useParams();
  return (
    <WithMap title={linkId ? 'Change a link' : 'Add a link'}>
      {(map, project) => {
        const link = linkId === undefined ? null : map.links.find((l) => l.id === linkId);
        if (link === undefined) return <NotFoundPage />;
        return (
          <Page
            title={link ? `Change a link: ${project.name}` : `Add a link to the compliance map: ${project.name}`}
            heading={link ? 'Change a link' : 'Add a link'}
            caption={`Compliance map of ${project.name}`}
          >
            <LinkForm project={project} map={map} link={link} />
          </Page>
        );
      }}
    </WithMap>
  );
}
