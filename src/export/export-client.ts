// The UI's way to export: runs the export in a Web Worker, reports progress, and resolves with the
// file's bytes and suggested name for src/platform to save.
import type { ExportProgress, ExportRequest, ExportResult } from './export-request';
import type { ExportWorkerInput, ExportWorkerOutput } from './export-worker-handler';

/** The parts of a Worker the client uses; tests pass a stand-in. */
export interface ExportWorkerPort {
  postMessage(message: ExportWorkerInput): void;
  onmessage: ((event: MessageEvent<ExportWorkerOutput>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Starts the bundled export worker (the bundler resolves the URL at build time). */
export function startExportWorker(): ExportWorkerPort {
  return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'waymark-export' });
}

let nextId = 1;

/**
 * Exports in a worker; `onProgress` hears each step (sections done of total). The worker is
 * stopped once the file is ready or the export fails.
 */
export function exportInWorker(
  request: ExportRequest,
  onProgress?: (progress: ExportProgress) => void,
  startWorker: () => ExportWorkerPort = startExportWorker,
): Promise<ExportResult> {
  const id = nextId;
  nextId += 1;
  const worker = startWorker();
  return new Promise<ExportResult>((resolve, reject) => {
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress?.(message.progress);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.error));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('The document could not be exported because the export stopped unexpectedly.'));
    };
    worker.postMessage({ type: 'export', id, request });
  });
}
