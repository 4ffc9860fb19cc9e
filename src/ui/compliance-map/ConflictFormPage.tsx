// The conflict register entry of one conflict: a declared conflict (/compliance-map/register/link/:linkId)
// or an ordering cycle named by its step keys (/compliance-map/register/cycle?steps=central:a,department:b).
// Who owns it, how it is to be settled, its status and the evidence of agreement.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  conflictFor,
  cycleSubject,
  draftFromConflict,
  emptyConflictDraft,
  parseStepKey,
  upsertConflict,
  type ConflictDraft,
} from '../../domain/compliance-map/map-edit-register';
import {
  CONFLICT_STATUSES,
  findStep,
  type ComplianceMap,
  type ConflictSubject,
  type StepRef,
} from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { EvidenceChoices } from './EvidenceChoices';
import { summaryItems, useMapSave, WithMap } from './map-screen';
import { CONFLICT_STATUS_LABELS, linkSentence, stepWithProcess } from './map-words';

const FIELDS = {
  owner: 'conflict-owner',
  proposedResolution: 'conflict-resolution',
  status: 'conflict-status',
  evidenceIds: 'conflict-evidence',
  note: 'conflict-note',
};

function ConflictForm({ project, map, subject }: { project: Project; map: ComplianceMap; subject: ConflictSubject }) {
  const navigate = useNavigate();
  const existing = conflictFor(map, subject);
  const [draft, setDraft] = useState<ConflictDraft>(existing ? draftFromConflict(existing) : emptyConflictDraft());
  const { errors, saveError, save } = useMapSave(project, map);
  const update = <K extends keyof ConflictDraft>(key: K, value: ConflictDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const back = subject.type === 'link' ? paths.map.links(project.id) : paths.map.home(project.id);
  return (
    <form
      noValidate
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          (m, c) => upsertConflict(m, subject, draft, c),
          'The conflict register entry is saved.',
          () => navigate(back),
        );
      }}
    >
      <ErrorSummary errors={summaryItems(errors, FIELDS, saveError)} />
      <TextField
        id={FIELDS.owner}
        label="Owner"
        hint="Who is seeing the conflict through to an agreement"
        value={draft.owner}
        error={errors.owner}
        onChange={(v) => update('owner', v)}
      />
      <TextArea
        id={FIELDS.proposedResolution}
        label="Proposed resolution"
        hint="How the two sides could both be satisfied"
        value={draft.proposedResolution}
        error={errors.proposedResolution}
        onChange={(v) => update('proposedResolution', v)}
      />
      <RadioGroup
        id={FIELDS.status}
        legend="Status"
        value={draft.status}
        error={errors.status}
        options={CONFLICT_STATUSES.map((s) => ({
          value: s,
          label: CONFLICT_STATUS_LABELS[s],
          hint:
            s === 'open'
              ? 'Not settled yet'
              : s === 'agreed'
                ? 'Both sides accept the resolution'
                : 'Passed to someone more senior to decide',
        }))}
        onChange={(v) => update('status', v)}
      />
      <EvidenceChoices
        id={FIELDS.evidenceIds}
        legend="Evidence of agreement (optional)"
        hint="Choose from the project's evidence, such as an email or the minutes of a board"
        projectId={project.id}
        value={draft.evidenceIds}
        error={errors.evidenceIds}
        onChange={(v) => update('evidenceIds', v)}
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
          Save register entry
        </button>
        <Link to={back} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

function RegisterPage({
  map,
  project,
  subject,
  about,
}: {
  map: ComplianceMap;
  project: Project;
  subject: ConflictSubject;
  about: string;
}) {
  return (
    <Page
      title={`Conflict register entry: ${about}`}
      heading="Conflict register entry"
      caption={`Compliance map of ${project.name}`}
    >
      <p className="inset" data-testid="conflict-subject">
        {about}
      </p>
      <ConflictForm project={project} map={map} subject={subject} />
    </Page>
  );
}

export function LinkConflictPage() {
  const { linkId = '' } = useParams();
  return (
    <WithMap title="Conflict register entry">
      {(map, project) => {
        const link = map.links.find((l) => l.id === linkId && l.relation === 'conflicts-with');
        if (!link) return <NotFoundPage />;
        return (
          <RegisterPage
            map={map}
            project={project}
            subject={{ type: 'link', linkId }}
            about={`${linkSentence(map, link)}. ${link.reason}`}
          />
        );
      }}
    </WithMap>
  );
}

export function CycleConflictPage() {
  const [search] = useSearchParams();
  const keys = (search.get('steps') ?? '').split(',').filter((k) => k !== '');
  const steps = keys.map(parseStepKey);
  return (
    <WithMap title="Conflict register entry">
      {(map, project) => {
        const found = steps.filter((s): s is StepRef => s !== null && findStep(map, s) !== undefined);
        if (found.length < 2 || found.length !== steps.length) return <NotFoundPage />;
        const about = `The steps ${found.map((s) => stepWithProcess(map, s)).join(', ')} cannot all be done in the order their processes set.`;
        return <RegisterPage map={map} project={project} subject={cycleSubject(found)} about={about} />;
      }}
    </WithMap>
  );
}
