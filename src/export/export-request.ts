// One entry point for every export: a request (document or table, and the format) in, the file's
// bytes and a suggested file name out. Saving goes through src/platform, never from here.
import type { DocumentModel } from '../domain/document-model';
import { suggestedFileName, tableFileName } from './display-text';
import type { CsvTable } from './render-csv';
import { renderCsv } from './render-csv';
import type { ExportProgress } from './render-docx';
import { renderDocx } from './render-docx';
import { renderMarkdown } from './render-markdown';
import type { ComplianceMapDocInput, ComplianceMapDocOptions } from './render-compliance-map';
import { renderComplianceMap } from './render-compliance-map';
import { xmlSafeModel } from './xml-safe-model';

export type { ExportProgress };

export type ExportRequest =
  | {
      format: 'docx';
      document: DocumentModel;
      /** ISO date-time the file is created; now when left out. */ createdAt?: string;
    }
  | {
      /**
       * A compliance map as Word. The document is built in the worker from the map and its analysis, so a
       * map of thousands of steps never holds up the screen while its tables are laid out.
       */
      format: 'compliance-map-docx';
      input: ComplianceMapDocInput;
      options: ComplianceMapDocOptions;
      /** ISO date-time the file is created; now when left out. */ createdAt?: string;
    }
  | { format: 'markdown'; document: DocumentModel }
  | { format: 'csv'; table: CsvTable };

export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

export const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown',
  csv: 'text/csv',
} as const;

/** Produces the file for a request, reporting progress (Word documents report section by section). */
export async function runExport(
  request: ExportRequest,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  switch (request.format) {
    case 'docx': {
      const now = request.createdAt ? new Date(request.createdAt) : new Date();
      const bytes = await renderDocx(request.document, {
        onProgress,
        now: Number.isNaN(now.getTime()) ? new Date() : now,
      });
      return { bytes, fileName: suggestedFileName(request.document.meta, 'docx'), mimeType: MIME_TYPES.docx };
    }
    case 'compliance-map-docx': {
      const document = xmlSafeModel(renderComplianceMap(request.input, request.options));
      return runExport({ format: 'docx', document, createdAt: request.createdAt }, onProgress);
    }
    case 'markdown': {
      const bytes = renderMarkdown(request.document);
      onProgress?.({ done: 1, total: 1, stage: 'done' });
      return { bytes, fileName: suggestedFileName(request.document.meta, 'md'), mimeType: MIME_TYPES.markdown };
    }
    case 'csv': {
      const bytes = renderCsv(request.table);
      onProgress?.({ done: 1, total: 1, stage: 'done' });
      return { bytes, fileName: tableFileName(request.table.name), mimeType: MIME_TYPES.csv };
    }
  }
}
