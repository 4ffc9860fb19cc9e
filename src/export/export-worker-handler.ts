// What the export worker does with one message: run the export and post progress, then the
// result (its bytes transferred, not copied) or one plain-English error.
import type { ExportProgress, ExportRequest, ExportResult } from './export-request';
import { runExport } from './export-request';

export type ExportWorkerInput = { type: 'export'; id: number; request: ExportRequest };

export type ExportWorkerOutput =
  | { type: 'progress'; id: number; progress: ExportProgress }
  | { type: 'done'; id: number; result: ExportResult }
  | { type: 'failed'; id: number; error: string };

export type PostOutput = (message: ExportWorkerOutput, transfer: Transferable[]) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isInput(value: unknown): value is ExportWorkerInput {
  if (!isRecord(value) || value.type !== 'export' || typeof value.id !== 'number' || !isRecord(value.request))
    return false;
  const format = value.request.format;
  return (
    format === 'docx' ||
    format === 'compliance-map-docx' ||
    format === 'markdown' ||
    format === 'csv' ||
    format === 'business-case-docx' ||
    format === 'business-case-comparison-docx'
  );
}

/** Handles one message sent to the export worker; messages it does not recognise are ignored. */
export async function handleExportMessage(data: unknown, post: PostOutput): Promise<void> {
  if (!isInput(data)) return;
  const { id, request } = data;
  try {
    const result = await runExport(request, (progress) => post({ type: 'progress', id, progress }, []));
    post({ type: 'done', id, result }, [result.bytes.buffer]);
  } catch (error) {
    const detail =
      error instanceof Error && error.message.endsWith('.') && error.message.length < 200 ? ` ${error.message}` : '';
    post({ type: 'failed', id, error: `The document could not be exported.${detail}` }, []);
  }
}
