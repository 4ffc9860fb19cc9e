// Builds workspaces in a test database and reads them back in a form that compares exactly, attachment
// bytes included.
import type { WaymarkDatabase } from '../../../src/db/database';
import type { EvidenceAttachment, EvidenceItem } from '../../../src/domain/evidence';
import type { Project } from '../../../src/domain/project';
import type { ProjectTemplate } from '../../../src/domain/project-template';
import { sha256OfBytes } from '../../../src/packs/backup-file';

export interface FixtureAttachment {
  id: string;
  evidenceId: string;
  name: string;
  bytes: Uint8Array;
}

export interface FixtureWorkspace {
  projects: Project[];
  projectTemplates: ProjectTemplate[];
  evidence: EvidenceItem[];
  attachments: FixtureAttachment[];
  settings: { key: string; value: string | boolean | number | null }[];
}

const AT = '2026-11-01T10:00:00.000Z';

export function project(id: string, name: string, updatedAt = AT): Project {
  return {
    id,
    name,
    department: 'Department for Fishing',
    phase: 'alpha',
    owner: 'Sam Owner',
    description: '',
    isExample: false,
    createdAt: AT,
    updatedAt,
    archivedAt: null,
    deletedAt: null,
  };
}

export function evidence(id: string, projectId: string, title: string, updatedAt = AT): EvidenceItem {
  return {
    id,
    projectId,
    title,
    kind: 'document',
    source: { type: 'none' },
    date: null,
    owner: '',
    description: '',
    createdAt: AT,
    updatedAt,
  };
}

/** Stores a workspace; attachments get their size and checksum from their bytes. */
export async function fillWorkspace(db: WaymarkDatabase, w: FixtureWorkspace): Promise<void> {
  const attachments: EvidenceAttachment[] = [];
  for (const a of w.attachments) {
    const owner = w.evidence.find((e) => e.id === a.evidenceId);
    if (!owner) throw new Error(`fixture attachment ${a.id} has no evidence`);
    attachments.push({
      id: a.id,
      projectId: owner.projectId,
      evidenceId: a.evidenceId,
      name: a.name,
      mediaType: 'application/octet-stream',
      size: a.bytes.length,
      sha256: await sha256OfBytes(a.bytes),
      data: new Blob([a.bytes.slice().buffer]),
      addedAt: AT,
    });
  }
  await db.projects.bulkPut(w.projects);
  await db.projectTemplates.bulkPut(w.projectTemplates);
  await db.evidence.bulkPut(w.evidence);
  await db.attachments.bulkPut(attachments);
  await db.settings.bulkPut(w.settings);
}

function sorted<T>(records: T[], key: (r: T) => string): T[] {
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Every record of a database, sorted, with attachment bytes as plain arrays so that they compare. */
export async function dumpWorkspace(db: WaymarkDatabase) {
  const attachments = await Promise.all(
    (await db.attachments.toArray()).map(async ({ data, ...meta }) => ({
      ...meta,
      bytes: Array.from(new Uint8Array(await data.arrayBuffer())),
    })),
  );
  const packs = (await db.packs.toArray()).map(({ key, origin, active, pack, installedAt }) => ({
    key,
    origin,
    active,
    pack,
    installedAt,
  }));
  return {
    projects: sorted(await db.projects.toArray(), (r) => r.id),
    projectTemplates: sorted(await db.projectTemplates.toArray(), (r) => r.id),
    evidence: sorted(await db.evidence.toArray(), (r) => r.id),
    attachments: sorted(attachments, (r) => r.id),
    packs: sorted(packs, (r) => r.key),
    settings: sorted(await db.settings.toArray(), (r) => r.key),
    complianceMaps: sorted(await db.complianceMaps.toArray(), (r) => r.id),
    assessments: sorted(await db.assessments.toArray(), (r) => r.id),
    maturityAssessments: sorted(await db.maturityAssessments.toArray(), (r) => r.id),
    businessCases: sorted(await db.businessCases.toArray(), (r) => r.id),
    caseRevisions: sorted(await db.caseRevisions.toArray(), (r) => r.id),
  };
}
