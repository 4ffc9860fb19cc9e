// The frame of every page about one project (/projects/:projectId and below): it loads the project
// once, shows the project's sub-navigation, and hands the project to the page shown inside it.
import { NavLink, Outlet, useParams } from 'react-router';
import { WORK_AREAS } from '../../domain/work-areas';
import { useProject } from '../data';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import type { ProjectOutletContext } from './project-outlet';

/** Links to the parts of a project: the overview, then each work area (a link only when it is built). */
export function ProjectNav({ projectId }: { projectId: string }) {
  return (
    <nav aria-label="Project" className="project-nav">
      <ul className="project-nav__list">
        <li>
          <NavLink to={paths.project(projectId)} end className="project-nav__link">
            Overview
          </NavLink>
        </li>
        {WORK_AREAS.map((area) => (
          <li key={area.id}>
            {area.available ? (
              <NavLink to={paths.projectArea(projectId, area.id)} className="project-nav__link">
                {area.title}
              </NavLink>
            ) : (
              <span className="project-nav__soon">
                {area.title} <strong className="tag tag--grey">Coming soon</strong>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ProjectLayout() {
  const { projectId } = useParams();
  const project = useProject(projectId);
  if (project === undefined) return <p className="muted">Loading…</p>;
  if (project === null) return <NotFoundPage />;
  const context: ProjectOutletContext = { project };
  return (
    <>
      <ProjectNav projectId={project.id} />
      <Outlet context={context} />
    </>
  );
}
