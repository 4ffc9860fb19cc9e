// The evidence library of a project. A placeholder until the evidence library is built: it says the
// area is coming, from the one list of work areas.
import { WorkAreaComingSoon } from '../projects/WorkAreaPage';

export function EvidencePage() {
  return <WorkAreaComingSoon area="evidence" />;
}
