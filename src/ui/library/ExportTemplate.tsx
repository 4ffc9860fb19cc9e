// Download a template as a Word document (or Markdown), built in a background worker so the window
// stays responsive, with progress shown as it goes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { repositories, useSettings } from '../data';
import { exportTemplate, markingProblem, type TemplateExportFormat } from '../../app/templates/export-template';
import type { Pack, PackTemplate } from '../../domain/pack';
import { PHASE_LABELS, PHASES, type Phase } from '../../domain/project';
import { ExportStoppedError, exportInWorker } from '../../export/export-client';
import type { ExportProgress } from '../../export/export-request';
import { PHASED_KINDS } from '../../export/render-template';
import { templateTable } from '../../export/render-template-table';
import { currentPlatform } from '../../platform/current-platform';
import { authorNameError } from '../components/AuthorNameSetting';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField } from '../components/fields';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { useNotices } from '../state/notices';
import { errorMessage } from '../components/error-message';

type Format = TemplateExportFormat;

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
  const [error, setError] = useState<{ field?: 'export-marking' | 'export-author'; message: string } | null>(null);
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  // Asked once: while Settings has no name, the form asks for it and keeps it there at the first download.
  const [authorName, setAuthorName] = useState('');
  const needsName = settings !== undefined && settings.authorName.trim().length === 0;
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

  async function download(event: FormEvent) {
    event.preventDefault();
    // While a document is being made the button stays focusable but does nothing.
    if (progress) return;
    setError(null);
    setConfirmation(null);
    const nameProblem = needsName && format !== 'csv' ? authorNameError(authorName) : undefined;
    if (nameProblem) {
      setError({ field: 'export-author', message: nameProblem });
      return;
    }
    const problem = format === 'csv' ? null : markingProblem(marking);
    if (problem) {
      setError({ field: 'export-marking', message: problem });
      return;
    }
    setProgress({ done: 0, total: 1, stage: 'building' });
    const controller = new AbortController();
    running.current = controller;
    const control = { signal: controller.signal };
    try {
      const author = needsName ? authorName.trim() : (settings?.authorName ?? '');
      if (needsName && format !== 'csv') await repositories().settings.set('authorName', author);
      const outcome = await exportTemplate({
        pack,
        template,
        installed,
        choice: { format, marking, phase, date: today(), author },
        platform: currentPlatform(),
        run: (request, onProgress) => exportInWorker(request, onProgress, undefined, control),
        onProgress: setProgress,
      });
      if (outcome.saved) {
        // Said in the notice area and again next to the Download button, where the person is.
        const message = `${template.title} saved as ${outcome.fileName ?? outcome.suggestedName}.`;
        useNotices.getState().show({ kind: 'success', message });
        setConfirmation(message);
      }
    } catch (e) {
      if (e instanceof ExportStoppedError && e.reason === 'cancelled') setConfirmation(e.message);
      else setError({ message: errorMessage(e, 'The document could not be made.') });
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
        {format !== 'csv' && needsName && (
          <TextField
            id="export-author"
            label="Your name"
            hint="Shown as the author of the document. Waymark keeps it in Settings, where you can change it."
            value={authorName}
            error={error?.field === 'export-author' ? error.message : undefined}
            onChange={setAuthorName}
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
