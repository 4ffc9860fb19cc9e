// The worker client and handler: progress, transferred bytes, file names and failures.
import { describe, expect, it } from 'vitest';
import { EXPORT_CANCELLED_MESSAGE, ExportStoppedError, exportInWorker } from '../../src/export/export-client';
import type { ExportWorkerPort } from '../../src/export/export-client';
import type { ExportProgress } from '../../src/export/export-request';
import { runExport } from '../../src/export/export-request';
import { handleExportMessage } from '../../src/export/export-worker-handler';
import type { ExportWorkerInput, ExportWorkerOutput } from '../../src/export/export-worker-handler';
import { draftSensitive, longReport } from '../fixtures/export/sample-documents';

/** A stand-in worker that runs the real handler in this thread, as the worker would. */
function fakeWorker(): ExportWorkerPort & { terminated: boolean } {
  const port: ExportWorkerPort & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message: ExportWorkerInput) {
      void handleExportMessage(message, (output: ExportWorkerOutput) => {
        port.onmessage?.(new MessageEvent('message', { data: output }));
      });
    },
    terminate() {
      port.terminated = true;
    },
  };
  return port;
}

/** A worker that never answers, as one busy laying out pages would be. */
function silentWorker(): ExportWorkerPort & { terminated: boolean } {
  return {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage() {},
    terminate() {
      this.terminated = true;
    },
  };
}

describe('stopping an export', () => {
  it('stops the worker and rejects with a plain message when the person cancels', async () => {
    const worker = silentWorker();
    const controller = new AbortController();
    const pending = exportInWorker({ format: 'docx', document: draftSensitive() }, undefined, () => worker, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ reason: 'cancelled', message: EXPORT_CANCELLED_MESSAGE });
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker when the time limit passes, saying so', async () => {
    const worker = silentWorker();
    const pending = exportInWorker({ format: 'docx', document: draftSensitive() }, undefined, () => worker, {
      timeLimitMs: 20,
    });
    await expect(pending).rejects.toBeInstanceOf(ExportStoppedError);
    await expect(pending).rejects.toThrow(/took longer than 0 seconds to make, so Waymark stopped/);
    expect(worker.terminated).toBe(true);
  });

  it('does not start a worker for an export already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    const pending = exportInWorker(
      { format: 'markdown', document: longReport() },
      undefined,
      () => {
        started = true;
        return silentWorker();
      },
      { signal: controller.signal },
    );
    await expect(pending).rejects.toMatchObject({ reason: 'cancelled' });
    expect(started).toBe(false);
  });
});

describe('exportInWorker', () => {
  it('rejects when the worker stops unexpectedly', async () => {
    const worker = fakeWorker();
    // Node has no ErrorEvent; the client reads nothing from the event, so a plain event stands in.
    const crash = new Event('error');
    worker.postMessage = () =>
      worker.onerror?.(Object.assign(crash, { message: '', filename: '', lineno: 0, colno: 0, error: null }));
    await expect(
      exportInWorker({ format: 'markdown', document: longReport() }, undefined, () => worker),
    ).rejects.toThrow('stopped unexpectedly');
    expect(worker.terminated).toBe(true);
  });

  it('reports progress and resolves with the bytes and a suggested name', async () => {
    const worker = fakeWorker();
    const steps: ExportProgress[] = [];
    const result = await exportInWorker(
      { format: 'docx', document: draftSensitive() },
      (p) => steps.push(p),
      () => worker,
    );
    expect(result.fileName).toBe('Apply for a fishing licence - Assessment pack alpha (alpha) v0.3 DRAFT.docx');
    expect(result.mimeType).toContain('wordprocessingml');
    expect([...result.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip file
    expect(steps.at(-1)).toEqual({ done: 4, total: 4, stage: 'done' });
    expect(worker.terminated).toBe(true);
  });

  it('rejects with one plain sentence when the export fails', async () => {
    const model = longReport();
    model.sections[1]?.blocks.push({
      kind: 'image',
      format: 'png',
      data: new Uint8Array(),
      width: 10,
      height: 10,
      altText: ' ',
    });
    await expect(exportInWorker({ format: 'docx', document: model }, undefined, fakeWorker)).rejects.toThrow(
      'The document could not be exported. Every image needs a description for people who cannot see it.',
    );
  });
});

describe('runExport', () => {
  it('exports Markdown and CSV with suggested names', async () => {
    const markdown = await runExport({ format: 'markdown', document: longReport() });
    expect(markdown.fileName).toBe('Apply for a fishing licence (alpha) v0.3.md');
    expect(new TextDecoder().decode(markdown.bytes)).toContain('# Apply for a fishing licence');
    const csv = await runExport({
      format: 'csv',
      table: { name: 'Risks: alpha/beta', columns: ['Risk'], rows: [['Delay']] },
    });
    expect(csv.fileName).toBe('Risks alpha beta.csv');
    expect(csv.mimeType).toBe('text/csv');
  });

  it('ignores messages that are not export requests', async () => {
    const posted: unknown[] = [];
    await handleExportMessage({ type: 'something else' }, (message) => posted.push(message));
    await handleExportMessage('export', (message) => posted.push(message));
    expect(posted).toEqual([]);
  });
});
