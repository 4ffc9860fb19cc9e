// The routes of the app. A hash router lets the same build run from Electron's custom protocol and
// from a plain web server.
import { createHashRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout';
import { ownPackRoutes } from './own-packs/own-pack-routes';
import { routes } from './paths';
import { projectRoutes } from './projects/project-routes';
import { ImportProjectPage } from './projects/ImportProjectPage';
import { ComparePackPage } from './routes/ComparePackPage';
import { EditProjectPage } from './routes/EditProjectPage';
import { GuidePage } from './routes/GuidePage';
import { ImportPackPage } from './routes/ImportPackPage';
import { LibraryPage } from './routes/LibraryPage';
import { NewProjectPage } from './routes/NewProjectPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { PackPage } from './routes/PackPage';
import { PlaybookPage } from './routes/PlaybookPage';
import { ProjectsPage } from './routes/ProjectsPage';
import { SettingsPage } from './routes/SettingsPage';
import { TemplatePage } from './routes/TemplatePage';

const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <ProjectsPage /> },
      { path: routes.newProject, element: <NewProjectPage /> },
      { path: routes.importProject, element: <ImportProjectPage /> },
      ...projectRoutes,
      { path: routes.editProject, element: <EditProjectPage /> },
      { path: routes.library, element: <LibraryPage /> },
      { path: routes.importPack, element: <ImportPackPage /> },
      { path: routes.pack, element: <PackPage /> },
      { path: routes.template, element: <TemplatePage /> },
      { path: routes.comparePack, element: <ComparePackPage /> },
      { path: routes.playbook, element: <PlaybookPage /> },
      { path: routes.guide, element: <GuidePage /> },
      { path: routes.settings, element: <SettingsPage /> },
      // Own packs (make your own)
      ...ownPackRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
