// How a page inside the project layout gets the project the layout loaded.
import { useOutletContext } from 'react-router';
import type { Project } from '../../domain/project';

export interface ProjectOutletContext {
  project: Project;
}

/** The project of the page being shown; only for pages inside ProjectLayout. */
export function useLayoutProject(): Project {
  return useOutletContext<ProjectOutletContext>().project;
}
