// The routes of one project: the layout at /projects/:projectId with the overview as its index and a
// page per work area below it (/evidence, /business-case, /assessments, /compliance-map).
import type { RouteObject } from 'react-router';
import { EvidenceFormPage } from '../evidence/EvidenceFormPage';
import { EvidenceItemPage } from '../evidence/EvidenceItemPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { routes, WORK_AREA_SEGMENTS } from '../paths';
import { ProjectOverviewPage } from '../routes/ProjectOverviewPage';
import { ProjectLayout } from './ProjectLayout';
import { WorkAreaComingSoon } from './WorkAreaPage';

export const projectRoutes: RouteObject[] = [
  {
    path: routes.project,
    element: <ProjectLayout />,
    children: [
      { index: true, element: <ProjectOverviewPage /> },
      { path: WORK_AREA_SEGMENTS.evidence, element: <EvidencePage /> },
      { path: `${WORK_AREA_SEGMENTS.evidence}/new`, element: <EvidenceFormPage /> },
      { path: `${WORK_AREA_SEGMENTS.evidence}/:evidenceId`, element: <EvidenceItemPage /> },
      { path: `${WORK_AREA_SEGMENTS.evidence}/:evidenceId/edit`, element: <EvidenceFormPage /> },
      { path: WORK_AREA_SEGMENTS['business-case'], element: <WorkAreaComingSoon area="business-case" /> },
      { path: WORK_AREA_SEGMENTS.assessments, element: <WorkAreaComingSoon area="assessments" /> },
      { path: WORK_AREA_SEGMENTS['compliance-map'], element: <WorkAreaComingSoon area="compliance-map" /> },
    ],
  },
];
