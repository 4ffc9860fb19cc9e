// Route /library/own/new: make a pack of one's own and its first template (a checklist, maturity model,
// business case template or process), then go on to the editor.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { repositories, useActivePacks } from '../data';
import {
  OWN_TEMPLATE_KINDS,
  TEMPLATE_KIND_LABELS,
  fullAddress,
  identifierFrom,
  newOwnManifest,
  starterTemplate,
  type OwnPackDetails,
  type OwnTemplateKind,
} from '../../domain/own-pack';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { PackDetailsFields } from './PackDetailsFields';
import { checkOwnPack, fieldMessages, summaryItems, withFormWords, type FormProblem } from './pack-validation';
import { errorMessage } from '../components/error-message';

const KIND_HINTS: Record<OwnTemplateKind, string> = {
  standard: 'Points a team is checked against, with guidance and examples of evidence',
  'maturity-model': 'Categories rated on levels such as Low, Medium and High',
  'business-case': 'Sections of a business case, with questions to answer in each phase',
  process: 'Steps of a governance or assurance process, with owners and dependencies',
};

/** Kinds of template that must name the public source they draw on. */
const NEEDS_SOURCE: readonly OwnTemplateKind[] = ['standard', 'maturity-model'];

export function NewOwnPackPage() {
  const navigate = useNavigate();
  const installed = useActivePacks();
  const [details, setDetails] = useState<OwnPackDetails>({
    name: '',
    publisher: '',
    description: '',
    licence: 'CC-BY-4.0',
  });
  const [kind, setKind] = useState<OwnTemplateKind>('standard');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState({ title: '', url: '' });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsSource = NEEDS_SOURCE.includes(kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const sources = needsSource
      ? [{ title: source.title.trim(), url: fullAddress(source.url), licence: details.licence }]
      : [];
    const manifest = newOwnManifest(
      details,
      (installed ?? []).map((p) => p.id),
      sources,
    );
    const template = starterTemplate(kind, identifierFrom(title, kind), title);
    const result = checkOwnPack({ manifest, templates: [template] }, template.id);
    setProblems(
      result.ok
        ? []
        : withFormWords(result.problems, {
            'pack-name': { value: details.name, empty: 'Enter a name for the pack' },
            'pack-publisher': { value: details.publisher, empty: 'Enter who publishes the pack, such as your team' },
            'pack-description': { value: details.description, empty: 'Enter a short description of the pack' },
            'tpl-title': { value: title, empty: 'Enter a title for the template' },
            'pack-sources-0-title': {
              value: source.title,
              empty: 'Enter the name of the standard or framework it is based on',
            },
            'pack-sources-0-url': { value: source.url, empty: 'Enter a web address or an email address for it' },
          }),
    );
    if (!result.ok) return;
    setBusy(true);
    try {
      await repositories().packs.saveOwnPack(result.pack, result.files);
      useNotices.getState().show({
        kind: 'success',
        message: `Your pack \u201c${manifest.name}\u201d is created. Now fill in \u201c${template.title}\u201d.`,
        carry: true,
      });
      await navigate(paths.editTemplate(manifest.id, template.id));
    } catch (error) {
      setFailure(errorMessage(error, 'Your pack could not be saved. Try again.'));
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldMessages(problems);
  // Kept the same between renders, so that the summary takes focus only when the problems change.
  const summary = useMemo(
    () => [...summaryItems(problems), ...(failure ? [{ message: failure }] : [])],
    [problems, failure],
  );
  return (
    <Page title="Create your own pack">
      <p className="lead">
        A template pack holds your own checklists, maturity models, business case templates or processes. You can share
        it as a zip file.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <ErrorSummary errors={summary} />
        <h2 className="editor-form__first">About the pack</h2>
        <PackDetailsFields details={details} errors={errors} onChange={setDetails} />
        <h2>Your first template</h2>
        <RadioGroup
          id="new-kind"
          legend="What kind of template?"
          value={kind}
          options={OWN_TEMPLATE_KINDS.map((k) => ({ value: k, label: TEMPLATE_KIND_LABELS[k], hint: KIND_HINTS[k] }))}
          onChange={setKind}
        />
        <TextField
          id="tpl-title"
          label="Template title"
          hint="For example: Gate 2 readiness checklist"
          value={title}
          error={errors['tpl-title']}
          onChange={setTitle}
        />
        {needsSource && (
          <fieldset className="fieldset editor-phases">
            <legend className="label">Where it comes from</legend>
            <p className="hint">
              Checklists and maturity models name the standard or framework they are based on. If it is your own, name
              your team&apos;s page or give an email address people can write to.
            </p>
            <TextField
              id="pack-sources-0-title"
              label="Name of the standard or framework"
              value={source.title}
              error={errors['pack-sources-0-title']}
              onChange={(v) => setSource({ ...source, title: v })}
            />
            <TextField
              id="pack-sources-0-url"
              label="Web address or email address"
              hint="For example: https://www.gov.uk/service-manual or assurance@rivers.gov.uk"
              value={source.url}
              error={errors['pack-sources-0-url']}
              onChange={(v) => setSource({ ...source, url: v })}
            />
          </fieldset>
        )}
        <div className="button-group">
          <button type="submit" className="button" disabled={busy || installed === undefined}>
            Create pack
          </button>
          <Link to={paths.library()}>Cancel</Link>
        </div>
      </form>
    </Page>
  );
}
