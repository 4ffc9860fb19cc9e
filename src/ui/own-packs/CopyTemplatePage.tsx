// Route /library/copy/:packId/:templateId: copy a template from any pack into a new pack or into one of
// one's own packs, crediting the original, then go on to the editor.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { repositories, useActivePacks, usePack } from '../data';
import type { StoredPack } from '../../db/stored-pack';
import {
  LICENCE_CHOICES,
  TEMPLATE_KIND_LABELS,
  copyTemplateIntoPack,
  fullAddress,
  isShareAlike,
  licenceLabel,
  newOwnManifest,
  type OwnPackDetails,
} from '../../domain/own-pack';
import type { Pack, PackTemplate } from '../../domain/pack';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';
import { PackDetailsFields } from './PackDetailsFields';
import { checkOwnPack, fieldMessages, summaryItems, withFormWords, type FormProblem } from './pack-validation';
import { errorMessage } from '../components/error-message';

const NEW_PACK = 'new-pack';

function CopyForm({
  original,
  template,
  installed,
}: {
  original: StoredPack;
  template: PackTemplate;
  installed: StoredPack[];
}) {
  const navigate = useNavigate();
  const { manifest } = original.pack;
  const shareAlike = isShareAlike(manifest.licence);
  const own = installed.filter((p) => p.origin === 'own');
  const [target, setTarget] = useState(NEW_PACK);
  const [details, setDetails] = useState<OwnPackDetails>({
    name: '',
    publisher: '',
    description: `Our own version of ${template.title}, copied from ${manifest.name}.`,
    licence: shareAlike || LICENCE_CHOICES.some((c) => c.value === manifest.licence) ? manifest.licence : 'CC-BY-4.0',
  });
  const [creditAddress, setCreditAddress] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const existing = own.find((p) => p.id === target);
  const targetLicence = existing ? existing.pack.manifest.licence : details.licence;
  const needsAddress = !manifest.sources?.some((s) => s.url);
  const creditField = `pack-sources-${(existing?.pack.manifest.sources ?? []).length}-url`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const into: Pack = existing
      ? existing.pack
      : {
          manifest: newOwnManifest(
            details,
            installed.map((p) => p.id),
          ),
          templates: [],
        };
    const copy = copyTemplateIntoPack(into, original.pack, template.id, fullAddress(creditAddress));
    const result = checkOwnPack(copy.pack, copy.templateId);
    setProblems(
      result.ok
        ? []
        : withFormWords(result.problems, {
            ...(!existing && {
              'pack-name': { value: details.name, empty: 'Enter a name for the new pack' },
              'pack-publisher': {
                value: details.publisher,
                empty: 'Enter who publishes the new pack, such as your team',
              },
              'pack-description': { value: details.description, empty: 'Enter a short description of the new pack' },
            }),
            [creditField]: {
              value: creditAddress,
              empty: 'Enter a web address or an email address where people can find the original',
            },
          }),
    );
    if (!result.ok) return;
    setBusy(true);
    try {
      await repositories().packs.saveOwnPack(result.pack, result.files);
      useNotices.getState().show({
        kind: 'success',
        message: `\u201c${template.title}\u201d is copied into \u201c${result.pack.manifest.name}\u201d. Change it below.`,
        carry: true,
      });
      await navigate(paths.editTemplate(result.pack.manifest.id, copy.templateId));
    } catch (error) {
      setFailure(errorMessage(error, 'The copy could not be saved. Try again.'));
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
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={summary} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Template</dt>
          <dd className="summary-list__value">
            {template.title} ({TEMPLATE_KIND_LABELS[template.kind].toLowerCase()}, version {template.version})
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">From</dt>
          <dd className="summary-list__value">
            {manifest.name}, version {manifest.version}, published by {manifest.publisher}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Licence</dt>
          <dd className="summary-list__value">{licenceLabel(manifest.licence)}</dd>
        </div>
      </dl>
      <p>Your copy keeps a note of where it came from, so that people who use it can find the original.</p>
      {shareAlike && (
        <div className="inset editor-warning" id="share-alike-warning">
          <p>
            <strong>The original is shared under {licenceLabel(manifest.licence)}, a share-alike licence.</strong> Your
            copy, and any changes you make to it, must be shared under the same licence.
            {targetLicence !== manifest.licence &&
              ` The pack you are copying into uses ${licenceLabel(targetLicence)}: choose ${licenceLabel(manifest.licence)} for it.`}
          </p>
        </div>
      )}
      <RadioGroup
        id="copy-target"
        legend="Where should the copy go?"
        value={target}
        options={[
          { value: NEW_PACK, label: 'Into a new pack of my own' },
          ...own.map((p) => ({
            value: p.id,
            label: `Into ${p.pack.manifest.name}`,
            hint: `Version ${p.version}, ${licenceLabel(p.pack.manifest.licence)}`,
          })),
        ]}
        onChange={setTarget}
      />
      {!existing && (
        <>
          <h2>About the new pack</h2>
          <PackDetailsFields details={details} errors={errors} onChange={setDetails} extraLicence={manifest.licence} />
        </>
      )}
      {needsAddress && (
        <TextField
          id={creditField}
          label="Where can people find the original?"
          hint="The original pack does not give a web address. Give one, or an email address of its publisher."
          value={creditAddress}
          error={errors[creditField]}
          onChange={setCreditAddress}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Make the copy
        </button>
        <Link to={paths.template(manifest.id, template.id)}>Cancel</Link>
      </div>
    </form>
  );
}

export function CopyTemplatePage() {
  const { packId, templateId } = useParams();
  const original = usePack(packId);
  const installed = useActivePacks();
  if (original === undefined || installed === undefined) return <p className="muted">Loading…</p>;
  const template = original?.pack.templates.find((t) => t.id === templateId);
  if (!original || !template) return <NotFoundPage />;
  return (
    <Page title={`Make your own copy of ${template.title}`} heading="Make your own copy" caption={template.title}>
      {template.kind === 'guide' || template.kind === 'crosswalk' ? (
        <>
          <p>
            {template.kind === 'guide' ? 'Guides' : 'Crosswalks'} are written as files, so they cannot be copied and
            changed in Waymark. Checklists, maturity models, business case templates and processes can.
          </p>
          <Link to={paths.template(original.id, template.id)}>
            Back to the {template.kind === 'guide' ? 'guide' : 'crosswalk'}
          </Link>
        </>
      ) : (
        <CopyForm original={original} template={template} installed={installed} />
      )}
    </Page>
  );
}
