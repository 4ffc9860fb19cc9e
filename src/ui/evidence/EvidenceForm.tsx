// The form for adding or changing an evidence item. Keeps what was typed (and the file chosen) when
// saving fails, and shows each problem beside its field and in the summary at the top.
import { useState, type FormEvent } from 'react';
import type { NewAttachment } from '../../db/evidence-repository';
import {
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  EVIDENCE_LIMITS,
  type EvidenceDraft,
  type EvidenceSource,
} from '../../domain/evidence';
import type { EvidenceErrors, EvidenceField } from '../../domain/evidence-rules';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { describedBy, FieldFrame, RadioGroup, TextArea, TextField } from '../components/fields';
import { DateField } from './DateField';
import { fileSize } from './evidence-format';

const FIELD_IDS: Record<EvidenceField, string> = {
  title: 'evidence-title',
  kind: 'evidence-kind',
  source: 'evidence-source',
  link: 'evidence-link',
  path: 'evidence-path',
  file: 'evidence-file',
  date: 'evidence-date-day',
  owner: 'evidence-owner',
  description: 'evidence-description',
};
const FIELD_ORDER: EvidenceField[] = [
  'title',
  'kind',
  'source',
  'link',
  'path',
  'file',
  'date',
  'owner',
  'description',
];

type SourceType = EvidenceSource['type'];
const SOURCE_OPTIONS: { value: SourceType; label: string; hint?: string }[] = [
  { value: 'none', label: 'Do not record where it is' },
  { value: 'link', label: 'A web link' },
  { value: 'path', label: 'Where the file is kept', hint: 'For example a shared drive folder. Shown as text only.' },
  { value: 'file', label: 'Attach the file', hint: `Up to ${fileSize(EVIDENCE_LIMITS.attachmentBytes)} for each file` },
];

export interface EvidenceFormProps {
  initial: EvidenceDraft;
  /** The name and size of the file attached now, when changing an item that has one. */
  attached: { name: string; size: number } | null;
  submitLabel: string;
  /** Saves; returns the field messages when it could not. A thrown error is shown in the summary. */
  onSubmit: (draft: EvidenceDraft, file: NewAttachment | null) => Promise<EvidenceErrors | null>;
  onCancel: () => void;
}

export function EvidenceForm({ initial, attached, submitLabel, onSubmit, onCancel }: EvidenceFormProps) {
  const [draft, setDraft] = useState<EvidenceDraft>(initial);
  // What was typed for each kind of place, so switching between them loses nothing.
  const [link, setLink] = useState(initial.source.type === 'link' ? initial.source.url : '');
  const [path, setPath] = useState(initial.source.type === 'path' ? initial.source.path : '');
  const [sourceType, setSourceType] = useState<SourceType>(initial.source.type);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<EvidenceErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const update = <K extends keyof EvidenceDraft>(key: K, value: EvidenceDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function source(): EvidenceSource {
    if (sourceType === 'link') return { type: 'link', url: link };
    if (sourceType === 'path') return { type: 'path', path };
    if (sourceType === 'file')
      return { type: 'file', attachmentId: initial.source.type === 'file' ? initial.source.attachmentId : '' };
    return { type: 'none' };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const chosen = sourceType === 'file' && file ? { name: file.name, mediaType: file.type, data: file } : null;
      const found = await onSubmit({ ...draft, source: source() }, chosen);
      setErrors(found ?? {});
    } catch (error) {
      setErrors({});
      setSaveError(error instanceof Error ? error.message : 'Your change could not be saved. Try again.');
    } finally {
      setSaving(false);
    }
  }

  const summary: ErrorItem[] = [
    ...FIELD_ORDER.flatMap((key) => (errors[key] ? [{ fieldId: FIELD_IDS[key], message: errors[key] ?? '' }] : [])),
    ...(saveError ? [{ message: saveError }] : []),
  ];
  const fileHint = attached
    ? `Attached now: ${attached.name} (${fileSize(attached.size)}). Choose a file only to replace it.`
    : `Up to ${fileSize(EVIDENCE_LIMITS.attachmentBytes)}. Waymark keeps a copy on this computer.`;

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={summary} />
      <TextField
        id={FIELD_IDS.title}
        label="Title"
        hint="A name people will recognise, such as “Usability testing, round 2”"
        value={draft.title}
        error={errors.title}
        maxLength={EVIDENCE_LIMITS.title + 20}
        onChange={(v) => update('title', v)}
      />
      <RadioGroup
        id={FIELD_IDS.kind}
        legend="What kind of evidence is it?"
        value={draft.kind}
        error={errors.kind}
        options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
        onChange={(v) => update('kind', v)}
      />
      <RadioGroup
        id={FIELD_IDS.source}
        legend="Where is it?"
        value={sourceType}
        error={errors.source}
        options={SOURCE_OPTIONS}
        onChange={setSourceType}
      />
      {sourceType === 'link' && (
        <TextField
          id={FIELD_IDS.link}
          label="Web link"
          hint="Starting with https://"
          value={link}
          error={errors.link}
          autoComplete="url"
          maxLength={EVIDENCE_LIMITS.link + 20}
          onChange={setLink}
        />
      )}
      {sourceType === 'path' && (
        <TextField
          id={FIELD_IDS.path}
          label="Where the file is kept"
          hint="For example S:\Projects\Fishing licence\Research round 2.docx"
          value={path}
          error={errors.path}
          maxLength={EVIDENCE_LIMITS.path + 20}
          onChange={setPath}
        />
      )}
      {sourceType === 'file' && (
        <FieldFrame id={FIELD_IDS.file} label="File to attach" hint={fileHint} error={errors.file}>
          <input
            id={FIELD_IDS.file}
            name={FIELD_IDS.file}
            className={`file-upload${errors.file ? ' input--error' : ''}`}
            type="file"
            aria-describedby={describedBy(FIELD_IDS.file, fileHint, errors.file)}
            aria-invalid={errors.file ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </FieldFrame>
      )}
      <DateField
        id="evidence-date"
        legend="Date of the evidence (optional)"
        hint="For example 27 3 2026"
        value={draft.date}
        error={errors.date}
        onChange={(v) => update('date', v)}
      />
      <TextField
        id={FIELD_IDS.owner}
        label="Owner (optional)"
        hint="Who can answer questions about it"
        value={draft.owner}
        error={errors.owner}
        autoComplete="name"
        onChange={(v) => update('owner', v)}
      />
      <TextArea
        id={FIELD_IDS.description}
        label="Description (optional)"
        hint="What it shows, in a sentence or two"
        value={draft.description}
        error={errors.description}
        onChange={(v) => update('description', v)}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
