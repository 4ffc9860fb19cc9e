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

/** The longest an export may run before it is stopped: far past any document a person would make. */
export const EXPORT_TIME_LIMIT_MS = 30_000;

/** Why an export ended without a file when nothing was wrong with the document itself. */
export class ExportStoppedError extends Error {
  constructor(
    readonly reason: 'cancelled' | 'time-limit',
    message: string,
  ) {
    super(message);
    this.name = 'ExportStoppedError';
  }
}

export const EXPORT_CANCELLED_MESSAGE = 'You cancelled the download; nothing was saved.';

export function exportTimeLimitMessage(limitMs: number): string {
  return `The document took longer than ${Math.round(limitMs / 1000)} seconds to make, so Waymark stopped. Try a shorter document, or Markdown, which is faster.`;
}

export interface ExportControl {
  /** Aborting it stops the worker at once and rejects with an ExportStoppedError ('cancelled'). */
  signal?: AbortSignal;
  /** Stops the worker after this long and rejects with an ExportStoppedError ('time-limit'). */
  timeLimitMs?: number;
}

/**
 * Exports in a worker; `onProgress` hears each step (sections done of total). The worker is
 * stopped once the file is ready, the export fails, the person cancels or the time limit passes:
 * a worker busy laying out pages cannot be asked to stop, so it is terminated.
 */
export function exportInWorker(
  request: ExportRequest,
  onProgress?: (progress: ExportProgress) => void,
  startWorker: () => ExportWorkerPort = startExportWorker,
  control: ExportControl = {},
): Promise<ExportResult> {
  const id = nextId;
  nextId += 1;
  const { signal, timeLimitMs = EXPORT_TIME_LIMIT_MS } = control;
  if (signal?.aborted) return Promise.reject(new ExportStoppedError('cancelled', EXPORT_CANCELLED_MESSAGE));
  const worker = startWorker();
  return new Promise<ExportResult>((resolve, reject) => {
    const onAbort = () => finish(() => reject(new ExportStoppedError('cancelled', EXPORT_CANCELLED_MESSAGE)));
    function finish(settle: () => void): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle();
    }
    const timer = setTimeout(
      () => finish(() => reject(new ExportStoppedError('time-limit', exportTimeLimitMessage(timeLimitMs)))),
      timeLimitMs,
    );
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(new Error(message.error)));
    };
    worker.onerror = () =>
      finish(() => reject(new Error('The document could not be exported because the export stopped unexpectedly.')));
    worker.postMessage({ type: 'export', id, request });
  });
}
