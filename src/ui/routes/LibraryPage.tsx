// Library: the template packs installed in Waymark (standards, maturity models, business case
// templates, processes and guides), searchable, with import and make-your-own.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useActivePacks } from '../data';
import { LibraryIndex } from '../../domain/library-search';
import { licenceLabel } from '../../domain/own-pack';
import { templateItemCount } from '../../domain/pack';
import { Page } from '../components/Page';
import { SharedFolderPacks } from '../components/SharedFolderPacks';
import { SupersededTag } from '../library/ContentStatus';
import { itemCount, KIND_LABELS, ORIGIN_LABELS } from '../library/labels';
import { paths } from '../paths';
import { DataTable } from '../components/DataTable';

/** How many results a search shows before "Show more". */
const PAGE_SIZE = 10;

export function LibraryPage() {
  const packs = useActivePacks();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const index = useMemo(() => (packs ? new LibraryIndex(packs.map((p) => p.pack)) : null), [packs]);
  const hits = useMemo(() => (index ? index.search(query) : []), [index, query]);
  // Without a query the Library lists every template; a search shows the best matches a page at a time.
  const visible = query.trim() ? hits.slice(0, shown) : hits;

  const actions = (
    <div className="button-group page-actions__group">
      <Link to={paths.importPack()} className="button">
        Import a pack
      </Link>
      <Link to={paths.newOwnPack()} className="button button--secondary">
        Create your own pack
      </Link>
    </div>
  );

  return (
    <Page title="Library" actions={actions}>
      <p className="lead">
        The templates Waymark works from: service standards and their checklists, maturity models, business case
        templates, the steps of governance processes, and guides. Departments share them as template packs: plain files
        in a folder, a zip or a git repository.
      </p>

      <div className="form-group search">
        <label className="label" htmlFor="library-search">
          Search templates
        </label>
        <div className="hint" id="library-search-hint">
          For example “alpha assessment”, “spend approval” or “architecture board”. The best matches come first.
        </div>
        <input
          id="library-search"
          className="input search__input"
          type="search"
          value={query}
          aria-describedby="library-search-hint"
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(PAGE_SIZE);
          }}
        />
      </div>

      {!packs && <p className="muted">Loading the library…</p>}
      {packs && (
        <>
          <h2 id="templates-heading">Templates</h2>
          <p className="muted" role="status" aria-live="polite">
            {query.trim()
              ? `${hits.length} ${hits.length === 1 ? 'template matches' : 'templates match'} “${query.trim()}”, best match first`
              : `${hits.length} templates`}
          </p>
          {hits.length === 0 && query.trim() && (
            <div className="inset">
              <p>No template matches those words. You could:</p>
              <ul className="list list--bullet">
                <li>check the spelling, or use fewer or shorter words, such as “assessment”</li>
                <li>search for the name of a standard, a process step or a phase, such as “alpha”</li>
                <li>
                  <Link to={paths.importPack()}>import a pack</Link> that holds the template you need
                </li>
              </ul>
            </div>
          )}
          {hits.length > 0 && (
            <DataTable
              caption="Templates found"
              scrollLabel="Search results"
              columns={['Template', 'Type', 'Pack', 'Version']}
            >
              {visible.map((hit) => (
                <tr key={`${hit.packId}/${hit.template.id}`}>
                  <th scope="row">
                    <Link to={paths.template(hit.packId, hit.template.id)}>{hit.template.title}</Link>
                    {hit.template.superseded && <SupersededTag date={hit.template.superseded.date} />}
                    {hit.matchedItems.length > 0 && (
                      <div className="hint search__matches">Matches: {hit.matchedItems.join('; ')}</div>
                    )}
                  </th>
                  <td>
                    {KIND_LABELS[hit.template.kind]}
                    {hit.template.kind !== 'guide' && (
                      <div className="hint">{itemCount(hit.template.kind, templateItemCount(hit.template))}</div>
                    )}
                  </td>
                  <td>{hit.packName}</td>
                  <td>{hit.template.version}</td>
                </tr>
              ))}
            </DataTable>
          )}
          {hits.length > visible.length && (
            <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, hits.length - visible.length)} more of {hits.length - visible.length}
            </button>
          )}

          <h2 id="packs-heading">Installed packs</h2>
          <DataTable
            caption="Installed packs"
            scrollLabel="Pack list"
            columns={['Pack', 'Publisher', 'Version', 'Licence', 'Where it came from']}
          >
            {packs.map((p) => (
              <tr key={p.key}>
                <th scope="row">
                  <Link to={paths.pack(p.id)}>{p.pack.manifest.name}</Link>
                </th>
                <td>{p.pack.manifest.publisher}</td>
                <td>{p.version}</td>
                <td>{licenceLabel(p.pack.manifest.licence)}</td>
                <td>{ORIGIN_LABELS[p.origin]}</td>
              </tr>
            ))}
          </DataTable>
          <SharedFolderPacks />
        </>
      )}
    </Page>
  );
}
