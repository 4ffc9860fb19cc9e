// The routes of "Make your own": making a pack, copying a template into one, and editing its templates.
import type { RouteObject } from 'react-router';
import { CopyTemplatePage } from './CopyTemplatePage';
import { EditTemplatePage } from './EditTemplatePage';
import { NewOwnPackPage } from './NewOwnPackPage';

export const ownPackRoutes: RouteObject[] = [
  { path: 'library/own/new', element: <NewOwnPackPage /> },
  { path: 'library/copy/:packId/:templateId', element: <CopyTemplatePage /> },
  { path: 'library/packs/:packId/templates/:templateId/edit', element: <EditTemplatePage /> },
];
