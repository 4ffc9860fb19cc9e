// Playbook: practical guides for the hurdles of working in digital, agile ways in a department
// that is not (yet) digital.
import { Page } from '../components/Page';

export function PlaybookPage() {
  return (
    <Page title="Playbook">
      <p className="lead">Practical guides for answering to two bosses, writing a business case before you know everything, and preparing for an assessment.</p>
      <div className="empty-state">
        <h2>No guides installed yet</h2>
        <p>Guides come in template packs. Install a pack from the Library to read its guides here.</p>
      </div>
    </Page>
  );
}
