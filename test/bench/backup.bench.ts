// How long backing up and restoring a large workspace takes: 200 projects, 2,000 evidence items and
// 20 MB of attached files, in fake-indexeddb (the browser's IndexedDB is usually faster at bulk writes).
// Targets: backup under 2 s, restore under 3 s. Prints figures only.
import { randomFillSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { backUpWorkspace } from '../../src/app/backup/back-up-workspace';
import { applyRestore, openBackup, previewRestore } from '../../src/app/backup/restore-workspace';
import { backupStatusRepository } from '../../src/db/backup-status';
import { WaymarkDatabase } from '../../src/db/database';
import { workspaceRepository } from '../../src/db/workspace-repository';
import type { EvidenceAttachment, EvidenceItem } from '../../src/domain/evidence';
import type { Project } from '../../src/domain/project';
import { sha256OfBytes } from '../../src/packs/backup-file';

const PROJECTS = 200;
const EVIDENCE = 2_000;
const ATTACHMENTS = 200;
const ATTACHMENT_BYTES = 100 * 1024;
const AT = '2026-11-01T10:00:00.000Z';
let counter = 0;

function database(): WaymarkDatabase {
  return new WaymarkDatabase(`bench-backup-${counter++}`, undefined, { indexedDB, IDBKeyRange });
}

async function fill(db: WaymarkDatabase): Promise<void> {
  const projects: Project[] = Array.from({ length: PROJECTS }, (_, i) => ({
    id: `project-${i}`,
    name: `Project ${i}: a digital service for people`,
    department: 'Department for Testing',
    phase: 'beta',
    owner: 'Sam Owner',
    description: 'A description of a project, a few sentences long, as people write them. '.repeat(3),
    isExample: false,
    createdAt: AT,
    updatedAt: AT,
    archivedAt: null,
    deletedAt: null,
  }));
  const evidence: EvidenceItem[] = Array.from({ length: EVIDENCE }, (_, i) => ({
    id: `evidence-${i}`,
    projectId: `project-${i % PROJECTS}`,
    title: `Evidence ${i}: research findings`,
    kind: 'research-finding',
    source:
      i < ATTACHMENTS
        ? { type: 'file', attachmentId: `attachment-${i}` }
        : { type: 'link', url: 'https://example.org/report' },
    date: '2026-10-01',
    owner: 'Priya',
    description: 'What we learnt and what it means for the service. '.repeat(4),
    createdAt: AT,
    updatedAt: AT,
  }));
  const attachments: EvidenceAttachment[] = [];
  for (let i = 0; i < ATTACHMENTS; i += 1) {
    const bytes = randomFillSync(new Uint8Array(ATTACHMENT_BYTES));
    attachments.push({
      id: `attachment-${i}`,
      projectId: `project-${i % PROJECTS}`,
      evidenceId: `evidence-${i}`,
      name: `file-${i}.pdf`,
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: await sha256OfBytes(bytes),
      data: new Blob([bytes]),
      addedAt: AT,
    });
  }
  await db.projects.bulkPut(projects);
  await db.evidence.bulkPut(evidence);
  await db.attachments.bulkPut(attachments);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const source = database();
  await fill(source);
  const backupTimes: number[] = [];
  const restoreTimes: number[] = [];
  let size = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const made = await backUpWorkspace(workspaceRepository(source), backupStatusRepository(source), {
      now: new Date(),
      appVersion: 'bench',
    });
    backupTimes.push(performance.now() - started);
    size = made.bytes.length;

    const target = database();
    const repo = workspaceRepository(target);
    const restoreStarted = performance.now();
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    await applyRestore(repo, opened.backup, await previewRestore(repo, opened.backup, 'replace'));
    restoreTimes.push(performance.now() - restoreStarted);
    if ((await target.attachments.count()) !== ATTACHMENTS) throw new Error('the restore lost attachments');
    target.close();
  }
  const mb = (size / 1024 / 1024).toFixed(1);
  console.log(
    `Workspace: ${PROJECTS} projects, ${EVIDENCE} evidence items, ${ATTACHMENTS} attachments (${((ATTACHMENTS * ATTACHMENT_BYTES) / 1e6).toFixed(1)} MB); backup file ${mb} MB`,
  );
  console.log(
    `Backup (read all, write zip):             median ${median(backupTimes).toFixed(0)} ms (target < 2000 ms) over ${backupTimes.length} runs`,
  );
  console.log(
    `Restore (check file, preview, write all): median ${median(restoreTimes).toFixed(0)} ms (target < 3000 ms) over ${restoreTimes.length} runs`,
  );
}

await main();
