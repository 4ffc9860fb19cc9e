// Every address in the app, in one place: the route patterns the router matches (`routes`) and the
// functions that build links to them (`paths`), so links and routes stay in step. No screen writes an
// address by hand.
import type { WorkArea } from '../domain/work-areas';

const at = (value: string): string => encodeURIComponent(value);

/** The part of a project's address for each work area. */
export const WORK_AREA_SEGMENTS: Record<WorkArea['id'], string> = {
  evidence: 'evidence',
  'business-case': 'business-case',
  assessments: 'assessments',
  'compliance-map': 'compliance-map',
};

/** Route patterns, relative to the app's root (as react-router's route objects take them). */
export const routes = {
  newProject: 'projects/new',
  importProject: 'projects/import',
  project: 'projects/:projectId',
  editProject: 'projects/:projectId/edit',
  library: 'library',
  importPack: 'library/import',
  pack: 'library/packs/:packId',
  template: 'library/packs/:packId/templates/:templateId',
  comparePack: 'library/packs/:packId/compare',
  editTemplate: 'library/packs/:packId/templates/:templateId/edit',
  copyTemplate: 'library/copy/:packId/:templateId',
  newOwnPack: 'library/own/new',
  playbook: 'playbook',
  guide: 'playbook/:packId/:guideId',
  settings: 'settings',
} as const;

/** Route patterns of the compliance map, relative to a project's address. */
export const mapRoutes = {
  home: WORK_AREA_SEGMENTS['compliance-map'],
  addProcess: `${WORK_AREA_SEGMENTS['compliance-map']}/processes/new`,
  process: `${WORK_AREA_SEGMENTS['compliance-map']}/processes/:processId`,
  editProcess: `${WORK_AREA_SEGMENTS['compliance-map']}/processes/:processId/edit`,
  addStep: `${WORK_AREA_SEGMENTS['compliance-map']}/processes/:processId/steps/new`,
  editStep: `${WORK_AREA_SEGMENTS['compliance-map']}/processes/:processId/steps/:stepId`,
  links: `${WORK_AREA_SEGMENTS['compliance-map']}/links`,
  addLink: `${WORK_AREA_SEGMENTS['compliance-map']}/links/new`,
  editLink: `${WORK_AREA_SEGMENTS['compliance-map']}/links/:linkId`,
  exceptions: `${WORK_AREA_SEGMENTS['compliance-map']}/exceptions`,
  addException: `${WORK_AREA_SEGMENTS['compliance-map']}/exceptions/new`,
  conflictOfLink: `${WORK_AREA_SEGMENTS['compliance-map']}/register/link/:linkId`,
  conflictOfCycle: `${WORK_AREA_SEGMENTS['compliance-map']}/register/cycle`,
  swimlanes: `${WORK_AREA_SEGMENTS['compliance-map']}/swimlanes`,
  matrix: `${WORK_AREA_SEGMENTS['compliance-map']}/matrix`,
  suggestions: `${WORK_AREA_SEGMENTS['compliance-map']}/suggestions`,
  whatIf: `${WORK_AREA_SEGMENTS['compliance-map']}/what-if`,
  processVersion: `${WORK_AREA_SEGMENTS['compliance-map']}/processes/:processId/version`,
} as const;

/** Route patterns of the business case, relative to a project's address. */
export const caseRoutes = {
  home: WORK_AREA_SEGMENTS['business-case'],
  edit: `${WORK_AREA_SEGMENTS['business-case']}/edit`,
  section: `${WORK_AREA_SEGMENTS['business-case']}/sections/:sectionId`,
  revisions: `${WORK_AREA_SEGMENTS['business-case']}/revisions`,
  newRevision: `${WORK_AREA_SEGMENTS['business-case']}/revisions/new`,
  revision: `${WORK_AREA_SEGMENTS['business-case']}/revisions/:revisionNumber`,
  compare: `${WORK_AREA_SEGMENTS['business-case']}/compare`,
  readiness: `${WORK_AREA_SEGMENTS['business-case']}/readiness`,
} as const;

/** Route patterns of assessment preparation, relative to a project's address. */
export const assessmentRoutes = {
  list: WORK_AREA_SEGMENTS.assessments,
  start: `${WORK_AREA_SEGMENTS.assessments}/new`,
  overview: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId`,
  panelDate: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/panel-date`,
  point: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/points/:pointId`,
  chooseEvidence: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/points/:pointId/evidence`,
  addEvidence: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/points/:pointId/evidence/new`,
  addAction: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/points/:pointId/actions/new`,
  editAction: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/actions/:actionId`,
} as const;

/** Links to each screen. */
export const paths = {
  projects: () => '/',
  newProject: () => '/projects/new',
  importProject: () => '/projects/import',
  project: (projectId: string) => `/projects/${at(projectId)}`,
  editProject: (projectId: string) => `/projects/${at(projectId)}/edit`,
  projectArea: (projectId: string, area: WorkArea['id']) => `/projects/${at(projectId)}/${WORK_AREA_SEGMENTS[area]}`,
  projectEvidence: (projectId: string) => paths.projectArea(projectId, 'evidence'),
  evidence: {
    list: (projectId: string) => paths.projectArea(projectId, 'evidence'),
    add: (projectId: string) => `${paths.projectArea(projectId, 'evidence')}/new`,
    item: (projectId: string, evidenceId: string) => `${paths.projectArea(projectId, 'evidence')}/${at(evidenceId)}`,
    edit: (projectId: string, evidenceId: string) =>
      `${paths.projectArea(projectId, 'evidence')}/${at(evidenceId)}/edit`,
  },
  map: {
    home: (projectId: string) => paths.projectArea(projectId, 'compliance-map'),
    addProcess: (projectId: string) => `${paths.map.home(projectId)}/processes/new`,
    process: (projectId: string, processId: string) => `${paths.map.home(projectId)}/processes/${at(processId)}`,
    editProcess: (projectId: string, processId: string) =>
      `${paths.map.home(projectId)}/processes/${at(processId)}/edit`,
    addStep: (projectId: string, processId: string) =>
      `${paths.map.home(projectId)}/processes/${at(processId)}/steps/new`,
    editStep: (projectId: string, processId: string, stepId: string) =>
      `${paths.map.home(projectId)}/processes/${at(processId)}/steps/${at(stepId)}`,
    links: (projectId: string) => `${paths.map.home(projectId)}/links`,
    addLink: (projectId: string) => `${paths.map.home(projectId)}/links/new`,
    editLink: (projectId: string, linkId: string) => `${paths.map.home(projectId)}/links/${at(linkId)}`,
    exceptions: (projectId: string) => `${paths.map.home(projectId)}/exceptions`,
    /**
     * The form agreeing an exception; with `rules` (keys from `waivedRuleKey`, such as the rules of one
     * ordering contradiction) it offers those first, and picks the rule when there is just one.
     */
    addException: (projectId: string, rules: readonly string[] = []) =>
      `${paths.map.home(projectId)}/exceptions/new${rules.length === 0 ? '' : `?${rules.map((r) => `rule=${at(r)}`).join('&')}`}`,
    /** The register entry of a declared conflict (a conflicts-with link). */
    conflictOfLink: (projectId: string, linkId: string) => `${paths.map.home(projectId)}/register/link/${at(linkId)}`,
    /** The register entry of an ordering cycle, named by the step keys of its steps ("central:build"). */
    conflictOfCycle: (projectId: string, stepKeys: readonly string[]) =>
      `${paths.map.home(projectId)}/register/cycle?steps=${stepKeys.map(at).join(',')}`,
    swimlanes: (projectId: string) => `${paths.map.home(projectId)}/swimlanes`,
    matrix: (projectId: string) => `${paths.map.home(projectId)}/matrix`,
    suggestions: (projectId: string) => `${paths.map.home(projectId)}/suggestions`,
    whatIf: (projectId: string) => `${paths.map.home(projectId)}/what-if`,
    processVersion: (projectId: string, processId: string) =>
      `${paths.map.home(projectId)}/processes/${at(processId)}/version`,
  },
  businessCase: {
    home: (projectId: string) => paths.projectArea(projectId, 'business-case'),
    edit: (projectId: string) => `${paths.businessCase.home(projectId)}/edit`,
    section: (projectId: string, sectionId: string) =>
      `${paths.businessCase.home(projectId)}/sections/${at(sectionId)}`,
    revisions: (projectId: string) => `${paths.businessCase.home(projectId)}/revisions`,
    newRevision: (projectId: string) => `${paths.businessCase.home(projectId)}/revisions/new`,
    revision: (projectId: string, revisionNumber: number) =>
      `${paths.businessCase.home(projectId)}/revisions/${revisionNumber}`,
    /** Two revisions side by side; the last frozen one and the current one when none are given. */
    compare: (projectId: string, from?: number, to?: number) =>
      `${paths.businessCase.home(projectId)}/compare${from !== undefined && to !== undefined ? `?from=${from}&to=${to}` : ''}`,
    readiness: (projectId: string) => `${paths.businessCase.home(projectId)}/readiness`,
  },
  assessments: {
    list: (projectId: string) => paths.projectArea(projectId, 'assessments'),
    start: (projectId: string) => `${paths.assessments.list(projectId)}/new`,
    overview: (projectId: string, assessmentId: string) => `${paths.assessments.list(projectId)}/${at(assessmentId)}`,
    panelDate: (projectId: string, assessmentId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/panel-date`,
    point: (projectId: string, assessmentId: string, pointId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/points/${at(pointId)}`,
    chooseEvidence: (projectId: string, assessmentId: string, pointId: string) =>
      `${paths.assessments.point(projectId, assessmentId, pointId)}/evidence`,
    addEvidence: (projectId: string, assessmentId: string, pointId: string) =>
      `${paths.assessments.point(projectId, assessmentId, pointId)}/evidence/new`,
    addAction: (projectId: string, assessmentId: string, pointId: string) =>
      `${paths.assessments.point(projectId, assessmentId, pointId)}/actions/new`,
    editAction: (projectId: string, assessmentId: string, actionId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/actions/${at(actionId)}`,
  },
  library: () => '/library',
  importPack: () => '/library/import',
  pack: (packId: string) => `/library/packs/${at(packId)}`,
  template: (packId: string, templateId: string) => `/library/packs/${at(packId)}/templates/${at(templateId)}`,
  compare: (packId: string, from: string, to: string) =>
    `/library/packs/${at(packId)}/compare?from=${at(from)}&to=${at(to)}`,
  editTemplate: (packId: string, templateId: string) => `/library/packs/${at(packId)}/templates/${at(templateId)}/edit`,
  copyTemplate: (packId: string, templateId: string) => `/library/copy/${at(packId)}/${at(templateId)}`,
  newOwnPack: () => '/library/own/new',
  playbook: () => '/playbook',
  guide: (packId: string, guideId: string) => `/playbook/${at(packId)}/${at(guideId)}`,
  settings: () => '/settings',
};
