// The links of the map (/compliance-map/links), each written as a sentence with its relation, status,
// how it was made and whether it needs review; a flagged link can be marked reviewed here, and links can be
// imported from a CSV file (LinksFileImport).
import { useState } from 'react';
import { Link } from 'react-router';
import { deleteLink, markLinkReviewed } from '../../domain/compliance-map/map-edit-links';
import { conflictFor } from '../../domain/compliance-map/map-edit-register';
import { RELATION_LABELS, type ComplianceMap, type MapLink } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate } from '../components/dates';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { LinksFileImport } from './LinksFileImport';
import { changeFromList, WithMap } from './map-screen';
import { CONFIDENCE_LABELS, CONFLICT_STATUS_LABELS, STATUS_LABELS, linkSentence, plural } from './map-words';

function LinkItem({
  project,
  map,
  link,
  onDelete,
}: {
  project: Project;
  map: ComplianceMap;
  link: MapLink;
  onDelete: () => void;
}) {
  const sentence = linkSentence(map, link);
  const entry = link.relation === 'conflicts-with' ? conflictFor(map, { type: 'link', linkId: link.id }) : undefined;
  return (
    <li className="editor-item" data-testid="map-link">
      <h3 className="editor-item__heading">{sentence}</h3>
      <p>
        <strong className={`tag${link.status === 'agreed' ? '' : ' tag--grey'}`}>{STATUS_LABELS[link.status]}</strong>{' '}
        {link.needsReview !== null && <strong className="tag tag--attention">Needs review</strong>}
      </p>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt className="summary-list__key">Relation</dt>
          <dd className="summary-list__value">
            {RELATION_LABELS[link.relation]} ({link.relation})
          </dd>
        </div>
        {link.reason && (
          <div className="summary-list__row">
            <dt className="summary-list__key">Why they conflict</dt>
            <dd className="summary-list__value pre-line">{link.reason}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt className="summary-list__key">Confidence</dt>
          <dd className="summary-list__value">{CONFIDENCE_LABELS[link.confidence]}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Made</dt>
          <dd className="summary-list__value">
            {link.origin === 'accepted-suggestion' ? 'A suggestion accepted' : 'Drawn'} by{' '}
            {link.by || 'someone not named'}, {formatDate(link.at)}
          </dd>
        </div>
        {link.note && (
          <div className="summary-list__row">
            <dt className="summary-list__key">Note</dt>
            <dd className="summary-list__value pre-line">{link.note}</dd>
          </div>
        )}
        {link.needsReview !== null && (
          <div className="summary-list__row">
            <dt className="summary-list__key">To review</dt>
            <dd className="summary-list__value">{link.needsReview}</dd>
          </div>
        )}
        {link.relation === 'conflicts-with' && (
          <div className="summary-list__row">
            <dt className="summary-list__key">Conflict register</dt>
            <dd className="summary-list__value">{entry ? CONFLICT_STATUS_LABELS[entry.status] : 'No entry yet'}</dd>
          </div>
        )}
      </dl>
      <div className="button-group">
        {link.needsReview !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void changeFromList(
                project,
                map,
                (m, c) => markLinkReviewed(m, link.id, c),
                'The link is marked as reviewed.',
              )
            }
          >
            Mark as reviewed<span className="visually-hidden">: {sentence}</span>
          </button>
        )}
        {link.relation === 'conflicts-with' && (
          <Link to={paths.map.conflictOfLink(project.id, link.id)}>
            {entry ? 'Change the register entry' : 'Fill in the register entry'}
            <span className="visually-hidden">: {sentence}</span>
          </Link>
        )}
        <Link to={paths.map.editLink(project.id, link.id)}>
          Change<span className="visually-hidden"> the link: {sentence}</span>
        </Link>
        <button type="button" className="link-button" onClick={onDelete}>
          Delete<span className="visually-hidden"> the link: {sentence}</span>
        </button>
      </div>
    </li>
  );
}

export function LinksPage() {
  const [deleting, setDeleting] = useState<string | null>(null);
  return (
    <WithMap title="Links">
      {(map, project) => {
        const link = map.links.find((l) => l.id === deleting);
        return (
          <Page
            title={`Links of the compliance map: ${project.name}`}
            heading="Links"
            caption={`Compliance map of ${project.name}`}
            actions={
              map.processes.length >= 2 ? (
                <Link to={paths.map.addLink(project.id)} className="button">
                  Add a link
                </Link>
              ) : undefined
            }
          >
            <p>
              <Link to={paths.map.home(project.id)}>Back to the compliance map</Link>
            </p>
            <p role="status">{plural(map.links.length, 'link', 'links')}</p>
            {map.links.length === 0 ? (
              <p className="inset">No links yet.</p>
            ) : (
              <ul className="map-link-list">
                {map.links.map((l) => (
                  <LinkItem key={l.id} project={project} map={map} link={l} onDelete={() => setDeleting(l.id)} />
                ))}
              </ul>
            )}
            {map.processes.length >= 2 && <LinksFileImport project={project} map={map} />}
            <ConfirmDialog
              open={link !== undefined}
              title="Delete this link?"
              confirmLabel="Yes, delete link"
              destructive
              onCancel={() => setDeleting(null)}
              onConfirm={() => {
                setDeleting(null);
                if (link) void changeFromList(project, map, (m) => deleteLink(m, link.id), 'The link is deleted.');
              }}
            >
              <p>{link ? linkSentence(map, link) : ''}</p>
            </ConfirmDialog>
          </Page>
        );
      }}
    </WithMap>
  );
}
