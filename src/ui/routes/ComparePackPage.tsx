// What changed between two stored versions of a pack.
import { Link, useParams, useSearchParams } from 'react-router';
import { usePack } from '../data';
import { Page } from '../components/Page';
import { PackComparison } from '../library/PackComparison';
import { paths } from '../paths';
import { NotFoundPage } from './NotFoundPage';

export function ComparePackPage() {
  const { packId } = useParams();
  const [search] = useSearchParams();
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  const before = usePack(packId, from);
  const after = usePack(packId, to);
  if (before === undefined || after === undefined) return <p className="muted">Loading…</p>;
  if (!before || !after) return <NotFoundPage />;
  return (
    <Page
      title={`What changed in ${after.pack.manifest.name} ${after.version}`}
      heading={`What changed from ${before.version} to ${after.version}`}
      caption={after.pack.manifest.name}
    >
      <PackComparison before={before.pack} after={after.pack} level={2} />
      <p>
        <Link to={paths.pack(after.id)}>Back to {after.pack.manifest.name}</Link>
      </p>
    </Page>
  );
}
