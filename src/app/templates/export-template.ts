// Exporting one template as a file: a Word document or Markdown for a phase (or every phase), or a CSV
// table to fill in. The document is built, rendered by the export runner (a Web Worker in the app) with
// progress, and saved through the platform (a save dialog on the desktop, a download in the browser).
import { markingProblem as findMarkingProblem, markingProblemMessage } from '../../domain/marking';
import type { Pack, PackTemplate } from '../../domain/pack';
import type { Phase } from '../../domain/project';
import type { ExportProgress, ExportRequest, ExportResult } from '../../export/export-request';
import { renderTemplateDocument } from '../../export/render-template';
import { templateTable } from '../../export/render-template-table';
import { packReferenceResolver } from '../../export/template-references';
import type { FileFilter, Platform, SaveOutcome } from '../../platform/platform';

export type TemplateExportFormat = 'docx' | 'markdown' | 'csv';

export const EXPORT_FILTERS: Record<TemplateExportFormat, FileFilter[]> = {
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  markdown: [{ name: 'Plain text (Markdown)', extensions: ['md'] }],
  csv: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
};

/** What the person chose. `marking` and `phase` apply to documents, not to CSV tables. */
export interface TemplateExportChoice {
  format: TemplateExportFormat;
  marking: string;
  phase: Phase | 'all';
  /** The date printed on the document, as YYYY-MM-DD. */
  date: string;
  /** The person exporting, named as the document's author (never the template's publisher). */
  author: string;
}

/** Turns a request into a file, reporting progress: `exportInWorker` in the app, `runExport` in tests. */
export type ExportRunner = (request: ExportRequest, onProgress: (progress: ExportProgress) => void) => Promise<ExportResult>;

export const NOT_A_TABLE_ERROR = 'This template is a document, not a table; download it as Word or Markdown.';

/** Why a marking cannot be used, in one sentence (the shared rule in src/domain/marking.ts); null when it can. */
export function markingProblem(marking: string): string | null {
  const problem = findMarkingProblem(marking);
  return problem ? markingProblemMessage(problem) : null;
}

/** The request for a template in the chosen format. `installed` names what a guide refers to. */
export function templateExportRequest(
  pack: Pack,
  template: PackTemplate,
  installed: readonly Pack[],
  choice: TemplateExportChoice,
): ExportRequest {
  if (choice.format === 'csv') {
    const table = templateTable(template);
    if (!table) throw new Error(NOT_A_TABLE_ERROR);
    return { format: 'csv', table };
  }
  const problem = markingProblem(choice.marking);
  if (problem) throw new Error(`${problem}.`);
  const document = renderTemplateDocument(pack, template.id, {
    author: choice.author,
    date: choice.date,
    marking: choice.marking.trim(),
    resolveReference: packReferenceResolver(installed),
    ...(choice.phase === 'all' ? {} : { phase: choice.phase }),
  });
  return { format: choice.format, document };
}

/** Builds, renders and saves the file; gives what the platform did (saved or cancelled, and the name). */
export async function exportTemplate(args: {
  pack: Pack;
  template: PackTemplate;
  installed: readonly Pack[];
  choice: TemplateExportChoice;
  platform: Pick<Platform, 'saveFile'>;
  run: ExportRunner;
  onProgress?: (progress: ExportProgress) => void;
}): Promise<SaveOutcome & { suggestedName: string }> {
  const request = templateExportRequest(args.pack, args.template, args.installed, args.choice);
  const result = await args.run(request, args.onProgress ?? (() => undefined));
  const outcome = await args.platform.saveFile(result.fileName, result.bytes, EXPORT_FILTERS[args.choice.format]);
  return { ...outcome, suggestedName: result.fileName };
}
