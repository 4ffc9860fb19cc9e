// Evidence: what a project can show for itself (documents, research findings, prototypes, decisions).
// One item belongs to one project and can support business case sections, assessment points and
// compliance-map steps at once; those records refer to it by id, so it is written once and reused.

export const EVIDENCE_KINDS = [
  'document',
  'research-finding',
  'prototype',
  'dashboard',
  'decision-record',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  document: 'Document',
  'research-finding': 'Research finding',
  prototype: 'Prototype',
  dashboard: 'Dashboard',
  'decision-record': 'Decision record',
  other: 'Other',
};

/**
 * Where the evidence is. A link or a file path is kept as text and shown, never opened as a path
 * by the app; an attached file is stored in the database (see `EvidenceAttachment`).
 */
export type EvidenceSource =
  | { type: 'none' }
  | { type: 'link'; url: string }
  | { type: 'path'; path: string }
  | { type: 'file'; attachmentId: string };

export interface EvidenceItem {
  id: string;
  projectId: string;
  title: string;
  kind: EvidenceKind;
  source: EvidenceSource;
  /** The date the evidence is from, `YYYY-MM-DD`, or null when not known. */
  date: string | null;
  owner: string;
  description: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** An attached file, stored apart from its evidence item so that lists stay light. */
export interface EvidenceAttachment {
  id: string;
  projectId: string;
  evidenceId: string;
  /** The file's name as chosen by the person (no folders). */
  name: string;
  /** Media type as reported when attached (informational only; the app never runs the file). */
  mediaType: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes, to check them after a copy, export or restore. */
  sha256: string;
  data: Blob;
  addedAt: string;
}

/** What a person fills in when adding or editing evidence. */
export interface EvidenceDraft {
  title: string;
  kind: EvidenceKind;
  source: EvidenceSource;
  date: string;
  owner: string;
  description: string;
}

export const EVIDENCE_LIMITS = {
  title: 200,
  owner: 120,
  description: 4000,
  link: 2048,
  path: 1024,
  /** Largest single attached file. */
  attachmentBytes: 25 * 1024 * 1024,
  /** All attached files of one project together. */
  projectAttachmentBytes: 250 * 1024 * 1024,
} as const;

export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return typeof value === 'string' && (EVIDENCE_KINDS as readonly string[]).includes(value);
}
