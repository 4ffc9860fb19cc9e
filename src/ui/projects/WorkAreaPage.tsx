// The page of a work area of a project. Until the area is built it says so, in the words of the one
// list of work areas (src/domain/work-areas.ts), and points to what can be done today.
import { Link } from 'react-router';
import { workArea, type WorkArea } from '../../domain/work-areas';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { useLayoutProject } from './project-outlet';

/** Says that a work area is not in this version yet; used by each area's page until it is built. */
export function WorkAreaComingSoon({ area }: { area: WorkArea['id'] }) {
  const project = useLayoutProject();
  const { title, description } = workArea(area);
  return (
    <Page title={`${title} \u2013 ${project.name}`} heading={title} caption={project.name}>
      <p>
        <strong className="tag tag--grey">Coming soon</strong>
      </p>
      <p>{description}</p>
      <p>
        This part of a project is not in this version of Waymark yet. Until it is, use the templates on the project
        overview: open one from the Library to read it or download it as a document.
      </p>
      <p>
        <Link to={paths.project(project.id)}>Back to the project overview</Link>
      </p>
    </Page>
  );
}
