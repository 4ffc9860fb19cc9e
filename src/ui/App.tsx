// The routes of the app. A hash router lets the same build run from Electron's custom protocol and
// from a plain web server.
import { createHashRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout';
import { evidenceRoutes } from './evidence/evidence-routes';
import { ownPackRoutes } from './own-packs/own-pack-routes';
import { ComparePackPage } from './routes/ComparePackPage';
import { EditProjectPage } from './routes/EditProjectPage';
import { GuidePage } from './routes/GuidePage';
import { ImportPackPage } from './routes/ImportPackPage';
import { LibraryPage } from './routes/LibraryPage';
import { NewProjectPage } from './routes/NewProjectPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { PackPage } from './routes/PackPage';
import { PlaybookPage } from './routes/PlaybookPage';
import { ProjectOverviewPage } from './routes/ProjectOverviewPage';
import { ProjectsPage } from './routes/ProjectsPage';
import { SettingsPage } from './routes/SettingsPage';
import { TemplatePage } from './routes/TemplatePage';

const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <ProjectsPage /> },
      { path: 'projects/new', element: <NewProjectPage /> },
      { path: 'projects/:projectId', element: <ProjectOverviewPage /> },
      { path: 'projects/:projectId/edit', element: <EditProjectPage /> },
      { path: 'library', element: <LibraryPage /> },
      { path: 'library/import', element: <ImportPackPage /> },
      { path: 'library/packs/:packId', element: <PackPage /> },
      { path: 'library/packs/:packId/templates/:templateId', element: <TemplatePage /> },
      { path: 'library/packs/:packId/compare', element: <ComparePackPage /> },
      { path: 'playbook', element: <PlaybookPage /> },
      { path: 'playbook/:packId/:guideId', element: <GuidePage /> },
      { path: 'settings', element: <SettingsPage /> },
      // Own packs (make your own)
      ...ownPackRoutes,
      ...evidenceRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
