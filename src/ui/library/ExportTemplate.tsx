// Download a template as a Word document (or Markdown), built in a background worker so the window
// stays responsive, with progress shown as it goes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSettings } from '../../db/hooks';
import type { Pack, PackTemplate } from '../../domain/pack';
import { PHASE_LABELS, PHASES, type Phase } from '../../domain/project';
import { ExportStoppedError, exportInWorker } from '../../export/export-client';
import type { ExportProgress } from '../../export/export-request';
import { PHASED_KINDS, renderTemplateDocument } from '../../export/render-template';
import { packReferenceResolver } from '../../export/template-references';
import { templateTable } from '../../export/render-template-table';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField } from '../components/fields';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { markingProblem, markingProblemMessage } from '../../domain/marking';
import { useNotices } from '../state/notices';
import { saveWithNotice, WORD_FILTER } from './save-bytes';

type Format = 'docx' | 'markdown' | 'csv';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `installed` are the packs in the Library, used to name the points and sections a guide refers to. */
export function ExportTemplate({
  pack,
  template,
  installed,
}: {
  pack: Pack;
  template: PackTemplate;
  installed: readonly Pack[];
}) {
  const settings = useSettings();
  const [marking, setMarking] = useState('');
  const [phase, setPhase] = useState<Phase | 'all'>('all');
  const [format, setFormat] = useState<Format>('docx');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<{ field?: 'export-marking'; message: string } | null>(null);
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const prefilled = useRef(false);
  const running = useRef<AbortController | null>(null);
  const phased = PHASED_KINDS.includes(template.kind) && format !== 'csv';
  const table = templateTable(template);

  // Start from the marking in Settings once; after that an emptied field stays empty until the person types.
  useEffect(() => {
    if (!settings || prefilled.current) return;
    prefilled.current = true;
    setMarking(settings.defaultMarking);
  }, [settings]);

  /** Saves the file, then repeats the notice next to the Download button, where the person is. */
  async function save(...args: Parameters<typeof saveWithNotice>) {
    const before = useNotices.getState().notices[0]?.id;
    await saveWithNotice(...args);
    const notice = useNotices.getState().notices[0];
    if (notice && notice.id !== before && notice.kind === 'success') setConfirmation(notice.message);
  }

  async function download(event: FormEvent) {
    event.preventDefault();
    // While a document is being made the button stays focusable but does nothing.
    if (progress) return;
    setError(null);
    setConfirmation(null);
    const chosen = marking.trim();
    const markingIssue = format === 'csv' ? null : markingProblem(marking);
    if (markingIssue) {
      setError({ field: 'export-marking', message: markingProblemMessage(markingIssue) });
      return;
    }
    setProgress({ done: 0, total: 1, stage: 'building' });
    const controller = new AbortController();
    running.current = controller;
    const control = { signal: controller.signal };
    try {
      if (format === 'csv') {
        if (!table) throw new Error('This template is a document, not a table; download it as Word or Markdown.');
        const result = await exportInWorker({ format: 'csv', table }, setProgress, undefined, control);
        await save(result.fileName, result.bytes, [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }], template.title);
        return;
      }
      const document = renderTemplateDocument(pack, template.id, {
        date: today(),
        marking: chosen,
        resolveReference: packReferenceResolver(installed),
        ...(phase === 'all' ? {} : { phase }),
      });
      const result = await exportInWorker(
        format === 'docx' ? { format: 'docx', document } : { format: 'markdown', document },
        setProgress,
        undefined,
        control,
      );
      const filters = format === 'docx' ? WORD_FILTER : [{ name: 'Plain text (Markdown)', extensions: ['md'] }];
      await save(result.fileName, result.bytes, filters, template.title);
    } catch (e) {
      if (e instanceof ExportStoppedError && e.reason === 'cancelled') setConfirmation(e.message);
      else setError({ message: e instanceof Error ? e.message : 'The document could not be made.' });
    } finally {
      running.current = null;
      setProgress(null);
    }
  }

  const phases = template.kind === 'business-case' ? template.phases : PHASES;
  return (
    <details className="details export-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button export-panel__toggle">Download as a document</summary>
      <form onSubmit={download} noValidate>
        {error && (
          <ErrorSummary
            errors={[error.field ? { fieldId: error.field, message: error.message } : { message: error.message }]}
          />
        )}
        <RadioGroup<Format>
          id="export-format"
          legend="Format"
          value={format}
          options={[
            { value: 'docx', label: 'Word document', hint: 'To print, fill in or send to a board' },
            {
              value: 'markdown',
              label: 'Plain text (Markdown)',
              hint: 'For people who keep records in version control',
            },
            ...(table
              ? [
                  {
                    value: 'csv' as const,
                    label: 'Spreadsheet (CSV)',
                    hint: 'One row per item, with columns to fill in, for Excel or a shared sheet',
                  },
                ]
              : []),
          ]}
          onChange={setFormat}
        />
        {phased && (
          <RadioGroup<Phase | 'all'>
            id="export-phase"
            legend="Which phase?"
            value={phase}
            options={[
              { value: 'all', label: 'Every phase' },
              ...phases.map((p) => ({ value: p, label: PHASE_LABELS[p] })),
            ]}
            onChange={setPhase}
          />
        )}
        {format !== 'csv' && (
          <TextField
            id="export-marking"
            label="Security marking"
            hint="Shown at the top and bottom of every page. The default comes from Settings."
            value={marking}
            error={error?.field === 'export-marking' ? error.message : undefined}
            onChange={setMarking}
          />
        )}
        <button type="submit" className="button" aria-disabled={progress !== null || undefined}>
          Download
        </button>
        <InlineConfirmation message={confirmation} />
        {progress && (
          <div className="export-progress" role="status">
            <label htmlFor="export-progress-bar">Preparing the document</label>
            <progress id="export-progress-bar" max={progress.total} value={progress.done} />
            <span className="hint">
              {progress.stage === 'packing'
                ? 'Putting the file together…'
                : `${progress.done} of ${progress.total} parts done`}
            </span>
            <button type="button" className="button button--secondary" onClick={() => running.current?.abort()}>
              Cancel
            </button>
          </div>
        )}
      </form>
    </details>
  );
}
