// Download a template as a Word document (or Markdown), built in a background worker so the window
// stays responsive, with progress shown as it goes.
import { useEffect, useState, type FormEvent } from 'react';
import { useSettings } from '../../db/hooks';
import type { Pack, PackTemplate } from '../../domain/pack';
import { PHASE_LABELS, PHASES, type Phase } from '../../domain/project';
import { exportInWorker } from '../../export/export-client';
import type { ExportProgress } from '../../export/export-request';
import { PHASED_KINDS, renderTemplateDocument } from '../../export/render-template';
import { templateTable } from '../../export/render-template-table';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField } from '../components/fields';
import { saveWithNotice, WORD_FILTER } from './save-bytes';

type Format = 'docx' | 'markdown' | 'csv';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ExportTemplate({ pack, template }: { pack: Pack; template: PackTemplate }) {
  const settings = useSettings();
  const [marking, setMarking] = useState('');
  const [phase, setPhase] = useState<Phase | 'all'>('all');
  const [format, setFormat] = useState<Format>('docx');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const phased = PHASED_KINDS.includes(template.kind) && format !== 'csv';
  const table = templateTable(template);

  useEffect(() => {
    if (settings && marking === '') setMarking(settings.defaultMarking);
  }, [settings, marking]);

  async function download(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const chosen = marking.trim();
    if (format !== 'csv' && (chosen.length === 0 || chosen.length > 60)) {
      setError('Enter a security marking of 60 characters or fewer');
      return;
    }
    setProgress({ done: 0, total: 1, stage: 'building' });
    try {
      if (format === 'csv') {
        if (!table) throw new Error('This template is a document, not a table; download it as Word or Markdown.');
        const result = await exportInWorker({ format: 'csv', table }, setProgress);
        await saveWithNotice(result.fileName, result.bytes, [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }], template.title);
        return;
      }
      const document = renderTemplateDocument(pack, template.id, { date: today(), marking: chosen, ...(phase === 'all' ? {} : { phase }) });
      const result = await exportInWorker(format === 'docx' ? { format: 'docx', document } : { format: 'markdown', document }, setProgress);
      const filters = format === 'docx' ? WORD_FILTER : [{ name: 'Markdown', extensions: ['md'] }];
      await saveWithNotice(result.fileName, result.bytes, filters, template.title);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The document could not be made.');
    } finally {
      setProgress(null);
    }
  }

  const phases = template.kind === 'business-case' ? template.phases : PHASES;
  return (
    <details className="details export-panel">
      <summary>Download as a document</summary>
      <form onSubmit={download} noValidate>
        {error && <ErrorSummary errors={[{ fieldId: 'export-marking', message: error }]} />}
        <RadioGroup<Format>
          id="export-format"
          legend="Format"
          value={format}
          options={[
            { value: 'docx', label: 'Word document', hint: 'To print, fill in or send to a board' },
            { value: 'markdown', label: 'Markdown', hint: 'Plain text, for people who keep records in git' },
            ...(table ? [{ value: 'csv' as const, label: 'Spreadsheet (CSV)', hint: 'One row per item, with columns to fill in, for Excel or a shared sheet' }] : []),
          ]}
          onChange={setFormat}
        />
        {phased && (
          <RadioGroup<Phase | 'all'>
            id="export-phase"
            legend="Which phase?"
            value={phase}
            options={[{ value: 'all', label: 'Every phase' }, ...phases.map((p) => ({ value: p, label: PHASE_LABELS[p] }))]}
            onChange={setPhase}
          />
        )}
        {format !== 'csv' && (
          <TextField
            id="export-marking"
            label="Security marking"
            hint="Shown at the top and bottom of every page. The default comes from Settings."
            value={marking}
            onChange={setMarking}
          />
        )}
        <button type="submit" className="button" disabled={progress !== null}>
          Download
        </button>
        {progress && (
          <div className="export-progress" role="status">
            <label htmlFor="export-progress-bar">Preparing the document</label>
            <progress id="export-progress-bar" max={progress.total} value={progress.done} />
            <span className="hint">
              {progress.stage === 'packing' ? 'Putting the file together…' : `${progress.done} of ${progress.total} parts done`}
            </span>
          </div>
        )}
      </form>
    </details>
  );
}
