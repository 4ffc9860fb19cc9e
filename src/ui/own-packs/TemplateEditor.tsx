// The template editor: a form for one template of an own pack. Saving checks the whole pack exactly as an
// import would (problems show next to their fields and nothing is saved); publishing stores a new version
// and keeps the old one; exporting saves the pack as a zip that the `waymark` command validates.
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { repositories } from '../data';
import type { StoredPack } from '../../db/stored-pack';
import { publishOwnPack } from '../../app/packs/publish-own-pack';
import { isShareAlike, licenceLabel, type OwnPackDetails, type VersionBump } from '../../domain/own-pack';
import type { Pack, PackManifest, PackTemplate } from '../../domain/pack';
import { canonicalJson } from '../../domain/pack-hash';
import { writePackZip } from '../../packs/pack-zip';
import { currentPlatform } from '../../platform/current-platform';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { BusinessCaseEditor } from './BusinessCaseEditor';
import {
  EditorText,
  EditorTextArea,
  FieldErrorsContext,
  FocusRequestContext,
  optional,
  useFocusRequest,
} from './editor-fields';
import { MaturityEditor } from './MaturityEditor';
import { checkOwnPack, fieldMessages, summaryItems, type FormProblem } from './pack-validation';
import { PackDetailsFields } from './PackDetailsFields';
import { PointsEditor } from './PointsEditor';
import { ProcessEditor } from './ProcessEditor';
import { PublishDialog } from './PublishDialog';
import { errorMessage } from '../components/error-message';

function KindFields({ template, onChange }: { template: PackTemplate; onChange: (template: PackTemplate) => void }) {
  switch (template.kind) {
    case 'standard':
      return <PointsEditor template={template} onChange={onChange} />;
    case 'maturity-model':
      return <MaturityEditor template={template} onChange={onChange} />;
    case 'business-case':
      return <BusinessCaseEditor template={template} onChange={onChange} />;
    case 'process':
      return <ProcessEditor template={template} onChange={onChange} />;
    case 'guide':
      return (
        <p className="inset">
          The text of a guide is written in a file, not in the app. You can change its title, summary and version here.
        </p>
      );
  }
}

function detailsOf(manifest: PackManifest): OwnPackDetails {
  const { name, publisher, description, licence } = manifest;
  return { name, publisher, description, licence };
}

export function TemplateEditor({ stored, template }: { stored: StoredPack; template: PackTemplate }) {
  const [draft, setDraft] = useState<PackTemplate>(template);
  const [details, setDetails] = useState<OwnPackDetails>(() => detailsOf(stored.pack.manifest));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const requestFocus = useFocusRequest();
  const { manifest } = stored.pack;
  const edited: PackManifest = { ...manifest, ...details };
  const changed = canonicalJson(draft) !== canonicalJson(template) || canonicalJson(edited) !== canonicalJson(manifest);

  const packWith = (next: PackTemplate): Pack => ({
    manifest: edited,
    templates: stored.pack.templates.map((t) => (t.id === template.id ? next : t)),
  });

  /** Checks a pack; shows its problems and gives null when it would not validate. */
  function checked(pack: Pack) {
    const result = checkOwnPack(pack, template.id);
    setProblems(result.ok ? [] : result.problems);
    setFailure(null);
    return result.ok ? result : null;
  }

  // Buttons stay focusable while busy (aria-disabled), so focus never falls to the page; clicks wait.
  async function run(action: () => Promise<void>, fallback: string) {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorMessage(error, fallback));
    } finally {
      setBusy(false);
    }
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const result = checked(packWith(draft));
    if (!result) return;
    await run(async () => {
      await repositories().packs.saveOwnPack(result.pack, result.files);
      const message = `Your changes to \u201c${draft.title}\u201d are saved.`;
      useNotices.getState().show({ kind: 'success', message });
      setSaved(message);
    }, 'Your changes could not be saved. Try again.');
  }

  async function publish(bump: VersionBump) {
    setPublishing(false);
    if (!checked(packWith(draft))) return;
    await run(async () => {
      const outcome = await publishOwnPack(repositories().packs, packWith(draft), bump, (pack) =>
        checkOwnPack(pack, template.id),
      );
      if (!outcome.ok) {
        setProblems(outcome.problems);
        return;
      }
      useNotices.getState().show({ kind: 'success', message: outcome.message });
    }, 'The new version could not be published. Try again.');
  }

  async function exportZip() {
    const result = checked(packWith(draft));
    if (!result) return;
    await run(async () => {
      if (changed) await repositories().packs.saveOwnPack(result.pack, result.files);
      const name = `${manifest.id}-${manifest.version}.zip`;
      const outcome = await currentPlatform().saveFile(name, writePackZip(result.files), [
        { name: 'Waymark template pack', extensions: ['zip'] },
      ]);
      if (outcome.saved)
        useNotices.getState().show({ kind: 'success', message: `The pack is saved as ${outcome.fileName ?? name}.` });
    }, 'The pack could not be exported. Try again.');
  }

  // Kept the same between renders, so that the summary takes focus only when the problems change.
  const summary = useMemo<ErrorItem[]>(
    () => [
      ...summaryItems(problems).map((item) => (item.fieldId?.startsWith('other') ? { message: item.message } : item)),
      ...(failure ? [{ message: failure }] : []),
    ],
    [problems, failure],
  );
  const shareAlike = (manifest.sources ?? []).find(
    (source) => isShareAlike(source.licence) && source.licence !== details.licence,
  );
  const messages = fieldMessages(problems);
  const packProblems = Object.keys(messages).some((id) => id.startsWith('pack-'));
  const versionProblem = messages['tpl-version'] !== undefined;

  return (
    <FieldErrorsContext.Provider value={messages}>
      <FocusRequestContext.Provider value={requestFocus}>
        <ErrorSummary errors={summary} />
        {shareAlike && (
          <div className="inset editor-warning">
            <p>
              This pack holds text copied under {licenceLabel(shareAlike.licence)}, a share-alike licence. Copies and
              changes must keep that licence, but this pack uses {licenceLabel(details.licence)}. Change the licence in
              the pack’s details below.
            </p>
          </div>
        )}
        <div className="button-group editor-toolbar">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy || undefined}
            onClick={() => !busy && setPublishing(true)}
          >
            Publish a new version
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy || undefined}
            onClick={() => void exportZip()}
          >
            Export pack as zip
          </button>
        </div>
        <form onSubmit={(e) => void save(e)} noValidate className="form editor-form">
          <details
            className="details editor-details"
            open={detailsOpen || packProblems}
            onToggle={(e) => setDetailsOpen(e.currentTarget.open)}
          >
            <summary>Change the pack’s name, publisher, description or licence</summary>
            <PackDetailsFields
              details={details}
              errors={messages}
              onChange={setDetails}
              extraLicence={manifest.licence}
            />
          </details>
          <h2 className="editor-form__first">About this template</h2>
          <EditorText
            id="tpl-title"
            label="Title"
            value={draft.title}
            onChange={(v) => setDraft({ ...draft, title: v })}
          />
          <EditorTextArea
            id="tpl-summary"
            label="Summary (optional)"
            hint="One to three sentences saying what the template is for"
            value={draft.summary}
            onChange={(v) => setDraft({ ...draft, summary: optional(v) })}
          />
          <KindFields template={draft} onChange={setDraft} />
          {/* Publishing raises the version, so most people never need to change it by hand. */}
          <details
            className="details editor-details"
            open={advancedOpen || versionProblem}
            onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}
          >
            <summary>Advanced: the template’s version number</summary>
            <EditorText
              id="tpl-version"
              label="Version"
              hint="Three numbers, like 1.0.0. It is raised for you when you publish a new version of the pack, so you rarely need to change it."
              value={draft.version}
              onChange={(v) => setDraft({ ...draft, version: v })}
            />
          </details>
          <div className="button-group editor-form__save">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              Save changes
            </button>
            <Link to={paths.template(manifest.id, template.id)}>
              {changed ? 'Leave without saving' : 'Back to the template'}
            </Link>
          </div>
          <InlineConfirmation message={changed ? null : saved} />
        </form>
        <PublishDialog
          open={publishing}
          version={manifest.version}
          onPublish={(bump) => void publish(bump)}
          onCancel={() => setPublishing(false)}
        />
      </FocusRequestContext.Provider>
    </FieldErrorsContext.Provider>
  );
}
