// The rules of a project's evidence library: checking what a person typed before it is saved, tidying it
// into a stored item, finding items by text, kind and owner, and describing where an item is used.
// Pure: no storage, no UI. The business case, assessments and compliance map report their uses of an
// item as `EvidenceUse` values, so the item page can list them without knowing those features.
import {
  EVIDENCE_KIND_LABELS,
  EVIDENCE_LIMITS,
  isEvidenceKind,
  type EvidenceDraft,
  type EvidenceItem,
  type EvidenceKind,
  type EvidenceSource,
} from './evidence';
import { isSafeExternalLink } from './safe-link';
import type { WorkArea } from './work-areas';

/** The fields of the evidence form that can carry a message. */
export type EvidenceField = 'title' | 'kind' | 'source' | 'link' | 'path' | 'file' | 'date' | 'owner' | 'description';
export type EvidenceErrors = Partial<Record<EvidenceField, string>>;

/** A file the person has chosen to attach but that is not stored yet. */
export interface ChosenFile {
  name: string;
  size: number;
}

/** Where an evidence item is used: a business case section, an assessment point, a compliance-map step. */
export interface EvidenceUse {
  /** The work area that uses the item. */
  area: WorkArea['id'];
  /** What uses it, in words, for example "Strategic case" or "Point 3: Provide a joined up experience". */
  label: string;
  /** The app route that shows the use, for example "/projects/p1/business-case#strategic". */
  where: string;
}

export function emptyEvidenceDraft(): EvidenceDraft {
  return { title: '', kind: 'document', source: { type: 'none' }, date: '', owner: '', description: '' };
}

export function draftFromEvidence(item: EvidenceItem): EvidenceDraft {
  const { title, kind, source, date, owner, description } = item;
  return { title, kind, source, date: date ?? '', owner, description };
}

/** True for a `YYYY-MM-DD` date that exists on the calendar (no 31 April, no 29 February 2027). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function checkSource(source: EvidenceSource, chosenFile: ChosenFile | null, errors: EvidenceErrors): void {
  if (source.type === 'link') {
    const url = source.url.trim();
    if (url.length === 0) errors.link = 'Enter the web address of the evidence';
    else if (url.length > EVIDENCE_LIMITS.link)
      errors.link = `Web address must be ${EVIDENCE_LIMITS.link} characters or fewer`;
    else if (!/^https?:/i.test(url) || !isSafeExternalLink(url))
      errors.link = 'Enter a web address that starts with https:// or http://, like https://www.gov.uk';
  } else if (source.type === 'path') {
    const path = source.path.trim();
    if (path.length === 0) errors.path = 'Enter where the file is kept, such as a shared drive path';
    else if (path.length > EVIDENCE_LIMITS.path)
      errors.path = `File location must be ${EVIDENCE_LIMITS.path} characters or fewer`;
  } else if (source.type === 'file') {
    if (chosenFile === null && source.attachmentId === '') errors.file = 'Choose a file to attach';
    else if (chosenFile !== null && chosenFile.size > EVIDENCE_LIMITS.attachmentBytes)
      errors.file = `${chosenFile.name} is ${megabytes(chosenFile.size)}, larger than the limit of ${megabytes(EVIDENCE_LIMITS.attachmentBytes)} for one attached file`;
    else if (chosenFile !== null && chosenFile.size === 0) errors.file = `${chosenFile.name} is empty`;
  } else if (source.type !== 'none') {
    errors.source = 'Select where the evidence is';
  }
}

/**
 * Checks a draft and returns one plain-English message per field that needs fixing; an empty object
 * means it can be saved. `chosenFile` is a file picked to attach, when the source is an attached file.
 */
export function validateEvidenceDraft(draft: EvidenceDraft, chosenFile: ChosenFile | null = null): EvidenceErrors {
  const errors: EvidenceErrors = {};
  const title = draft.title.trim();
  if (title.length === 0) errors.title = 'Enter a title for the evidence';
  else if (title.length > EVIDENCE_LIMITS.title)
    errors.title = `Title must be ${EVIDENCE_LIMITS.title} characters or fewer`;
  if (!isEvidenceKind(draft.kind)) errors.kind = 'Select what kind of evidence this is';
  checkSource(draft.source, chosenFile, errors);
  const date = draft.date.trim();
  if (date !== '' && !isRealDate(date)) errors.date = 'Enter a real date, for example 27 3 2026';
  if (draft.owner.trim().length > EVIDENCE_LIMITS.owner)
    errors.owner = `Owner must be ${EVIDENCE_LIMITS.owner} characters or fewer`;
  if (draft.description.trim().length > EVIDENCE_LIMITS.description)
    errors.description = `Description must be ${EVIDENCE_LIMITS.description} characters or fewer`;
  return errors;
}

function tidySource(source: EvidenceSource): EvidenceSource {
  if (source.type === 'link') return { type: 'link', url: source.url.trim() };
  if (source.type === 'path') return { type: 'path', path: source.path.trim() };
  return source;
}

/**
 * The stored item for a valid draft: a new one when `existing` is undefined, else the edited one.
 * Throws when the draft is not valid, so nothing invalid reaches storage.
 */
export function evidenceFromDraft(
  draft: EvidenceDraft,
  ids: { id: string; projectId: string },
  now: Date,
  existing?: EvidenceItem,
): EvidenceItem {
  const errors = validateEvidenceDraft(draft);
  if (Object.keys(errors).length > 0) throw new Error(Object.values(errors).join('. '));
  const at = now.toISOString();
  const date = draft.date.trim();
  return {
    id: ids.id,
    projectId: ids.projectId,
    title: draft.title.trim(),
    kind: draft.kind,
    source: tidySource(draft.source),
    date: date === '' ? null : date,
    owner: draft.owner.trim(),
    description: draft.description.trim(),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
}

/** What a person can narrow the evidence list by. Empty text and null mean "any". */
export interface EvidenceFilter {
  text: string;
  kind: EvidenceKind | null;
  owner: string | null;
}

export const NO_EVIDENCE_FILTER: EvidenceFilter = { text: '', kind: null, owner: null };

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}

function searchableText(item: EvidenceItem): string {
  const where = item.source.type === 'link' ? item.source.url : item.source.type === 'path' ? item.source.path : '';
  return fold([item.title, item.description, item.owner, EVIDENCE_KIND_LABELS[item.kind], where].join('\n'));
}

/**
 * The items that match the filter, newest evidence first (items without a date last, then by title).
 * Text matches when every word typed appears in the title, description, owner, kind or location,
 * ignoring case and accents. Owner matches exactly (after trimming), as chosen from `evidenceOwners`.
 */
export function filterEvidence(items: readonly EvidenceItem[], filter: EvidenceFilter): EvidenceItem[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return items
    .filter((item) => filter.kind === null || item.kind === filter.kind)
    .filter((item) => filter.owner === null || item.owner.trim() === filter.owner)
    .filter((item) => {
      if (words.length === 0) return true;
      const text = searchableText(item);
      return words.every((word) => text.includes(word));
    })
    .sort(compareEvidence);
}

/** Newest dated evidence first, undated after, then by title. */
export function compareEvidence(a: EvidenceItem, b: EvidenceItem): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return b.date.localeCompare(a.date);
  }
  return a.title.localeCompare(b.title, 'en-GB') || a.id.localeCompare(b.id);
}

/** The different owners named on the items, in alphabetical order, for the owner filter. */
export function evidenceOwners(items: readonly EvidenceItem[]): string[] {
  const owners = new Set(items.map((i) => i.owner.trim()).filter(Boolean));
  return [...owners].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** Where the evidence is, in words, for lists and the item page. */
export function describeSource(source: EvidenceSource, attachmentName?: string): string {
  switch (source.type) {
    case 'none':
      return 'Not recorded';
    case 'link':
      return source.url;
    case 'path':
      return source.path;
    case 'file':
      return attachmentName ? `Attached file: ${attachmentName}` : 'Attached file';
  }
}

/** Uses grouped by work area, in the order the areas are listed, each group sorted by label. */
export function groupUses(uses: readonly EvidenceUse[], areaOrder: readonly WorkArea['id'][]): EvidenceUse[][] {
  return areaOrder
    .map((area) => uses.filter((u) => u.area === area).sort((a, b) => a.label.localeCompare(b.label, 'en-GB')))
    .filter((group) => group.length > 0);
}
