// How long checking a 5 MB project file takes (target: under 500 ms), as `waymark project check` and the
// import screen do: the zip, the manifest, every record and the SHA-256 of every attached file. Also how
// long writing it takes. Prints figures only.
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { buildExampleProject } from '../../src/domain/example-project';
import type { EvidenceItem } from '../../src/domain/evidence';
import type { ProjectFileContents } from '../../src/domain/project-file';
import { readProjectFile } from '../../src/packs/project-file-reader';
import { writeProjectFile } from '../../src/packs/project-file-writer';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The example project with 300 evidence items, 13 of them with an attached file of about 400 KB (random, so incompressible). */
function largeProject(): ProjectFileContents {
  let n = 0;
  const records = buildExampleProject(() => `bench-${(n += 1)}`, new Date('2026-11-02T09:30:00.000Z'));
  const contents: ProjectFileContents = { ...records, evidence: [], attachments: [] };
  const base = records.evidence[0];
  if (!base) throw new Error('The example project has no evidence.');
  for (let i = 0; i < 300; i += 1) {
    const id = `evidence-${i}`;
    const item: EvidenceItem = { ...base, id, title: `${base.title} (${i})`, description: base.description.repeat(3) };
    if (i < 13) {
      const bytes = new Uint8Array(randomBytes(400 * 1024));
      const meta = {
        id: `file-${i}`,
        projectId: records.project.id,
        evidenceId: id,
        name: `Evidence ${i}.pdf`,
        mediaType: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        addedAt: '2026-11-02T09:30:00.000Z',
      };
      contents.attachments.push({ meta, bytes });
      contents.evidence.push({ ...item, source: { type: 'file', attachmentId: meta.id } });
    } else contents.evidence.push(item);
  }
  return contents;
}

async function main(): Promise<void> {
  const contents = largeProject();
  const writes: number[] = [];
  let file: Uint8Array = new Uint8Array();
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    file = writeProjectFile(contents);
    writes.push(performance.now() - start);
  }
  const checks: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    const result = await readProjectFile(file);
    checks.push(performance.now() - start);
    if (!result.ok) throw new Error(`The benchmark file is not valid: ${result.problems[0]?.message ?? ''}`);
  }
  const mb = (file.length / (1024 * 1024)).toFixed(1);
  console.log(
    `Project file: ${mb} MB, ${contents.evidence.length} evidence items, ${contents.attachments.length} attached files`,
  );
  console.log(
    `  check (zip, manifest, records, SHA-256 of each file): median ${median(checks).toFixed(0)} ms over 7 runs (target < 500 ms)`,
  );
  console.log(`  write: median ${median(writes).toFixed(0)} ms over 5 runs`);
}

await main();
