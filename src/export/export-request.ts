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
import { businessCaseDocument, type BusinessCaseDocInput } from './render-business-case';
import { businessCaseComparisonDocument, type BusinessCaseComparisonInput } from './business-case-comparison';

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
  | { format: 'csv'; table: CsvTable }
  | {
      /** One revision of a business case as Word (all of it or the chosen cases), built in the worker. */
      format: 'business-case-docx';
      input: BusinessCaseDocInput;
    }
  | {
      /** The changes between two revisions of a business case as Word tracked changes. */
      format: 'business-case-comparison-docx';
      input: BusinessCaseComparisonInput;
    };

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
    case 'business-case-docx': {
      const document = xmlSafeModel(businessCaseDocument(request.input));
      return runExport({ format: 'docx', document, createdAt: request.input.now.toISOString() }, onProgress);
    }
    case 'business-case-comparison-docx': {
      const document = xmlSafeModel(businessCaseComparisonDocument(request.input));
      return runExport({ format: 'docx', document, createdAt: request.input.now.toISOString() }, onProgress);
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
