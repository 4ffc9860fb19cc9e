// "Guides that help with this": links from a checklist point or business case section to guides.
import { Link } from 'react-router';
import type { GuideRef } from '../../domain/guide-links';
import { paths } from '../paths';

export function GuideLinks({ guides }: { guides: GuideRef[] | undefined }) {
  if (!guides || guides.length === 0) return null;
  return (
    <div className="guide-links">
      <span className="guide-links__label">Guides that help:</span>{' '}
      {guides.map((g, i) => (
        <span key={`${g.packId}/${g.guide.id}`}>
          {i > 0 && ', '}
          <Link to={paths.guide(g.packId, g.guide.id)}>{g.guide.title}</Link>
        </span>
      ))}
    </div>
  );
}
