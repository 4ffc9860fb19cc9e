// The routes of the app. A hash router lets the same build run from Electron's custom protocol and
// from a plain web server.
import { createHashRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout';
import { EditProjectPage } from './routes/EditProjectPage';
import { LibraryPage } from './routes/LibraryPage';
import { NewProjectPage } from './routes/NewProjectPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { PlaybookPage } from './routes/PlaybookPage';
import { ProjectOverviewPage } from './routes/ProjectOverviewPage';
import { ProjectsPage } from './routes/ProjectsPage';
import { SettingsPage } from './routes/SettingsPage';

const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <ProjectsPage /> },
      { path: 'projects/new', element: <NewProjectPage /> },
      { path: 'projects/:projectId', element: <ProjectOverviewPage /> },
      { path: 'projects/:projectId/edit', element: <EditProjectPage /> },
      { path: 'library', element: <LibraryPage /> },
      { path: 'playbook', element: <PlaybookPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
