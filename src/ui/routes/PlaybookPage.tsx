// Playbook: practical guides for the hurdles of working in digital, agile ways in a department that
// is not (yet) digital. Guides come from template packs.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useActivePacks } from '../data';
import { allGuides } from '../../domain/guide-links';
import { Page } from '../components/Page';
import { paths } from '../paths';

export function PlaybookPage() {
  const packs = useActivePacks();
  const [query, setQuery] = useState('');
  const guides = useMemo(() => allGuides((packs ?? []).map((p) => p.pack)), [packs]);
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = guides.filter(({ guide }) => {
    const text = [guide.title, guide.summary ?? '', ...(guide.tags ?? []), guide.body].join('\n').toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  });

  return (
    <Page title="Playbook">
      <p className="lead">
        Practical guides for answering to two bosses, writing a business case before you know everything, and preparing
        for an assessment.
      </p>
      {!packs && <p className="muted">Loading guides…</p>}
      {packs && guides.length === 0 && (
        <div className="empty-state">
          <h2>No guides installed</h2>
          <p>
            Guides come in template packs. <Link to={paths.importPack()}>Import a pack</Link> that holds guides to read
            them here.
          </p>
        </div>
      )}
      {guides.length > 0 && (
        <>
          <div className="form-group search">
            <label className="label" htmlFor="guide-search">
              Search guides
            </label>
            <input
              id="guide-search"
              className="input search__input"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p className="muted" role="status" aria-live="polite">
            {shown.length === guides.length
              ? `${guides.length} guides`
              : `${shown.length} of ${guides.length} guides match`}
          </p>
          {shown.length === 0 && (
            <div className="inset">
              <p>
                No guide matches all of those words. Try fewer words, or a topic such as “assessment”, “business case”
                or “security”.
              </p>
            </div>
          )}
          <ul className="guide-list">
            {shown.map(({ packId, guide }) => (
              <li key={`${packId}/${guide.id}`} className="guide-list__item">
                <h2 className="guide-list__title">
                  <Link to={paths.guide(packId, guide.id)}>{guide.title}</Link>
                </h2>
                {guide.summary && <p>{guide.summary}</p>}
                {(guide.tags ?? []).length > 0 && (
                  <p className="hint">
                    <span className="visually-hidden">Topics: </span>
                    {(guide.tags ?? []).join(' · ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
