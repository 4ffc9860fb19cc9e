// One template pack: who publishes it, its licence and sources, its templates, the versions stored,
// and export, compare and remove.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { repositories, usePack, usePackVersions } from '../data';
import { licenceLabel } from '../../domain/own-pack';
import { templateItemCount } from '../../domain/pack';
import { writePackZip } from '../../packs/pack-zip';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate } from '../components/dates';
import { ExternalLink } from '../components/ExternalLink';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { CheckedStatus, SupersededTag } from '../library/ContentStatus';
import { itemCount, KIND_LABELS, ORIGIN_LABELS } from '../library/labels';
import { paths } from '../paths';
import { saveWithNotice, ZIP_FILTER } from '../library/save-bytes';
import { DataTable } from '../components/DataTable';
import { useNotices } from '../state/notices';
import { NotFoundPage } from './NotFoundPage';
import { errorMessage } from '../components/error-message';

/** The name of a language for people ("English (United Kingdom)"), or its code if it has no name. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames('en-GB', { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function PackPage() {
  const { packId } = useParams();
  const navigate = useNavigate();
  const stored = usePack(packId);
  const versions = usePackVersions(packId);
  const [confirmingRemove, setConfirmingRemove] = useState(false);

  if (stored === undefined) return <p className="muted">Loading…</p>;
  if (stored === null) return <NotFoundPage />;
  const { manifest, templates } = stored.pack;

  async function exportZip() {
    if (!stored) return;
    await saveWithNotice(
      `${stored.id}-${stored.version}.zip`,
      writePackZip(stored.files),
      ZIP_FILTER,
      `The pack ${manifest.name}`,
    );
  }

  async function remove() {
    setConfirmingRemove(false);
    try {
      await repositories().packs.remove(manifest.id);
      useNotices.getState().show({ kind: 'success', message: `The pack ${manifest.name} was removed.`, carry: true });
      await navigate(paths.library());
    } catch (error) {
      useNotices.getState().show({ kind: 'error', message: errorMessage(error, 'The pack could not be removed.') });
    }
  }

  const rows: [string, string][] = [
    ['Publisher', manifest.publisher],
    ['Version', manifest.version],
    ['Licence', licenceLabel(manifest.licence)],
    ['Language', languageName(manifest.language)],
    ['Where it came from', ORIGIN_LABELS[stored.origin]],
    ['Installed', formatDate(stored.installedAt)],
  ];

  return (
    <Page title={`${manifest.name} (template pack)`} heading={manifest.name} caption="Template pack">
      <p className="lead">{manifest.description}</p>
      <CheckedStatus pack={stored.pack} />
      <SummaryList rows={rows} />

      <h2>Templates</h2>
      <DataTable
        caption="Templates in this pack"
        scrollLabel="Template list"
        columns={['Template', 'Type', 'Holds', 'Version']}
      >
        {templates.map((t) => (
          <tr key={t.id}>
            <th scope="row">
              <Link to={paths.template(manifest.id, t.id)}>{t.title}</Link>
              {t.superseded && <SupersededTag date={t.superseded.date} />}
            </th>
            <td>{KIND_LABELS[t.kind]}</td>
            <td>{t.kind === 'guide' ? 'A guide' : itemCount(t.kind, templateItemCount(t))}</td>
            <td>{t.version}</td>
          </tr>
        ))}
      </DataTable>

      <h2>Sources and licence</h2>
      <p>
        The text of this pack is shared under the licence <strong>{licenceLabel(manifest.licence)}</strong>.
        {(manifest.sources ?? []).length > 0 ? ' It draws on these public sources:' : ' It names no public sources.'}
      </p>
      {(manifest.sources ?? []).length > 0 && (
        <ul className="list">
          {(manifest.sources ?? []).map((s) => (
            <li key={s.url}>
              <ExternalLink href={s.url}>{s.title}</ExternalLink> ({licenceLabel(s.licence)})
              {s.note && <div className="hint">{s.note}</div>}
            </li>
          ))}
        </ul>
      )}

      <h2>Versions</h2>
      {versions && versions.length > 1 ? (
        <DataTable
          caption="Stored versions of this pack"
          scrollLabel="Version list"
          columns={['Version', 'Installed', 'In use', { label: 'Actions', hidden: true }]}
        >
          {versions.map((v) => (
            <tr key={v.key}>
              <th scope="row">{v.version}</th>
              <td>{formatDate(v.installedAt)}</td>
              <td>{v.active ? 'Yes' : 'No'}</td>
              <td>
                {!v.active && (
                  <Link to={paths.compare(manifest.id, v.version, stored.version)}>
                    What changed since {v.version}
                    <span className="visually-hidden"> in version {stored.version}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>
          Only this version is stored. When you import a newer version, the older one is kept so you can see what
          changed.
        </p>
      )}

      <h2>{stored.origin === 'built-in' ? 'Share' : 'Share or remove'}</h2>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => void exportZip()}>
          Export pack as zip
        </button>
        {stored.origin !== 'built-in' && (
          <button type="button" className="button button--warning" onClick={() => setConfirmingRemove(true)}>
            Remove pack
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirmingRemove}
        title={`Remove ${manifest.name}?`}
        confirmLabel="Yes, remove pack"
        destructive
        onCancel={() => setConfirmingRemove(false)}
        onConfirm={() => void remove()}
      >
        <p>Every stored version of this pack will be removed from Waymark. Export it first if you may need it again.</p>
      </ConfirmDialog>
    </Page>
  );
}
