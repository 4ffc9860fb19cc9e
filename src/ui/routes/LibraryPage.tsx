// Library: the template packs installed in Waymark (standards, maturity models, business case
// templates, processes and guides).
import { Page } from '../components/Page';

export function LibraryPage() {
  return (
    <Page title="Library">
      <p className="lead">
        The Library holds the templates Waymark works from: service standards and their checklists, maturity models, business case
        templates and the steps of governance processes.
      </p>
      <div className="empty-state">
        <h2>No template packs installed yet</h2>
        <p>Template packs are plain files that departments can share as a folder, a zip or a git repository.</p>
      </div>
    </Page>
  );
}
