// Shown for an address that does not match a screen, or a project that no longer exists.
import { Link } from 'react-router';
import { Page } from '../components/Page';
import { paths } from '../paths';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is nothing here. The project may have been deleted, or the address may be wrong.</p>
      <p>
        <Link to={paths.projects()}>Go to your projects</Link>
      </p>
    </Page>
  );
}
