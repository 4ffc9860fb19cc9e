// The routes of "Make your own": making a pack, copying a template into one, and editing its templates.
import type { RouteObject } from 'react-router';
import { CopyTemplatePage } from './CopyTemplatePage';
import { EditTemplatePage } from './EditTemplatePage';
import { NewOwnPackPage } from './NewOwnPackPage';
import { routes } from '../paths';

export const ownPackRoutes: RouteObject[] = [
  { path: routes.newOwnPack, element: <NewOwnPackPage /> },
  { path: routes.copyTemplate, element: <CopyTemplatePage /> },
  { path: routes.editTemplate, element: <EditTemplatePage /> },
];
