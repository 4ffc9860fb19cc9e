// A project's evidence library: every item in one table, found by words, kind and owner.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useEvidenceList, useProject, useProjectAttachments } from '../data';
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, isEvidenceKind } from '../../domain/evidence';
import { describeSource, evidenceOwners, filterEvidence, NO_EVIDENCE_FILTER } from '../../domain/evidence-rules';
import { Page } from '../components/Page';
import { TableScroll } from '../components/TableScroll';
import { NotFoundPage } from '../routes/NotFoundPage';
import { evidenceDate } from './evidence-format';
import { paths } from '../paths';

export function EvidencePage() {
  const { projectId } = useParams();
  const project = useProject(projectId);
  const items = useEvidenceList(projectId);
  const attachments = useProjectAttachments(projectId);
  const [filter, setFilter] = useState(NO_EVIDENCE_FILTER);

  if (project === undefined || items === undefined || attachments === undefined)
    return <p className="muted">Loading…</p>;
  if (project === null) return <NotFoundPage />;

  const owners = evidenceOwners(items);
  const shown = filterEvidence(items, filter);
  const names = new Map(attachments.map((a) => [a.id, a.name]));
  const filtering = filter.text.trim() !== '' || filter.kind !== null || filter.owner !== null;

  return (
    <Page
      title={`Evidence: ${project.name}`}
      heading="Evidence"
      caption={project.name}
      actions={
        <Link to={paths.evidence.add(project.id)} className="button">
          Add evidence
        </Link>
      }
    >
      <p>
        Keep here what shows what the project has done: documents, research findings, prototypes, dashboards and
        decisions. Record a web link or where a file is kept, or attach the file itself.
      </p>
      {items.length === 0 ? (
        <p className="inset">This project has no evidence yet.</p>
      ) : (
        <>
          <form className="inline-form" role="search" aria-label="Find evidence" onSubmit={(e) => e.preventDefault()}>
            <div className="form-group">
              <label className="label" htmlFor="evidence-search">
                Search
              </label>
              <input
                id="evidence-search"
                className="input"
                type="search"
                value={filter.text}
                onChange={(e) => setFilter({ ...filter, text: e.target.value })}
              />
            </div>
            <div className="form-group">
              <label className="label" htmlFor="evidence-kind-filter">
                Kind
              </label>
              <select
                id="evidence-kind-filter"
                className="select"
                value={filter.kind ?? ''}
                onChange={(e) => setFilter({ ...filter, kind: isEvidenceKind(e.target.value) ? e.target.value : null })}
              >
                <option value="">Any kind</option>
                {EVIDENCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {EVIDENCE_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="label" htmlFor="evidence-owner-filter">
                Owner
              </label>
              <select
                id="evidence-owner-filter"
                className="select"
                value={filter.owner ?? ''}
                onChange={(e) => setFilter({ ...filter, owner: e.target.value === '' ? null : e.target.value })}
              >
                <option value="">Anyone</option>
                {owners.map((owner) => (
                  <option key={owner} value={owner}>
                    {owner}
                  </option>
                ))}
              </select>
            </div>
            {filtering && (
              <button type="button" className="button button--secondary" onClick={() => setFilter(NO_EVIDENCE_FILTER)}>
                Show all evidence
              </button>
            )}
          </form>
          <p role="status" data-testid="evidence-count">
            {filtering
              ? `Showing ${shown.length} of ${items.length} ${items.length === 1 ? 'item' : 'items'}`
              : `${items.length} ${items.length === 1 ? 'item' : 'items'}`}
          </p>
          {shown.length === 0 ? (
            <p>No evidence matches. Try other words, or show all evidence.</p>
          ) : (
            <TableScroll label="Evidence list">
              <table className="table">
                <caption className="visually-hidden">Evidence of {project.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Date</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Where it is</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <Link to={paths.evidence.item(project.id, item.id)}>{item.title}</Link>
                      </th>
                      <td>{EVIDENCE_KIND_LABELS[item.kind]}</td>
                      <td>{evidenceDate(item.date)}</td>
                      <td>{item.owner || 'Not given'}</td>
                      <td className="evidence-where">
                        {describeSource(
                          item.source,
                          item.source.type === 'file' ? names.get(item.source.attachmentId) : undefined,
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </Page>
  );
}
