// The routes of a project's evidence library: the list, adding, one item, and changing it.
import type { RouteObject } from 'react-router';
import { EvidenceFormPage } from './EvidenceFormPage';
import { EvidenceItemPage } from './EvidenceItemPage';
import { EvidencePage } from './EvidencePage';

export const evidenceRoutes: RouteObject[] = [
  { path: 'projects/:projectId/evidence', element: <EvidencePage /> },
  { path: 'projects/:projectId/evidence/new', element: <EvidenceFormPage /> },
  { path: 'projects/:projectId/evidence/:evidenceId', element: <EvidenceItemPage /> },
  { path: 'projects/:projectId/evidence/:evidenceId/edit', element: <EvidenceFormPage /> },
];
