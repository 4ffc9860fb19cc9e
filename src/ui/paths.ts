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
  costs: `${WORK_AREA_SEGMENTS['business-case']}/costs`,
  costLineNew: `${WORK_AREA_SEGMENTS['business-case']}/costs/lines/new`,
  costLine: `${WORK_AREA_SEGMENTS['business-case']}/costs/lines/:lineId`,
  optimismBias: `${WORK_AREA_SEGMENTS['business-case']}/costs/optimism-bias`,
  discountRates: `${WORK_AREA_SEGMENTS['business-case']}/costs/discount-rates`,
  risks: `${WORK_AREA_SEGMENTS['business-case']}/risks`,
  riskNew: `${WORK_AREA_SEGMENTS['business-case']}/risks/new`,
  risk: `${WORK_AREA_SEGMENTS['business-case']}/risks/:rowId`,
  decisions: `${WORK_AREA_SEGMENTS['business-case']}/decisions`,
  decisionNew: `${WORK_AREA_SEGMENTS['business-case']}/decisions/new`,
  decision: `${WORK_AREA_SEGMENTS['business-case']}/decisions/:rowId`,
  dependencies: `${WORK_AREA_SEGMENTS['business-case']}/dependencies`,
  dependencyNew: `${WORK_AREA_SEGMENTS['business-case']}/dependencies/new`,
  dependency: `${WORK_AREA_SEGMENTS['business-case']}/dependencies/:rowId`,
  approvals: `${WORK_AREA_SEGMENTS['business-case']}/approvals`,
  approvalNew: `${WORK_AREA_SEGMENTS['business-case']}/approvals/new`,
  approval: `${WORK_AREA_SEGMENTS['business-case']}/approvals/:approvalId`,
  conditionNew: `${WORK_AREA_SEGMENTS['business-case']}/approvals/:approvalId/conditions/new`,
  condition: `${WORK_AREA_SEGMENTS['business-case']}/approvals/:approvalId/conditions/:conditionId`,
  assumptions: `${WORK_AREA_SEGMENTS['business-case']}/assumptions`,
  newAssumption: `${WORK_AREA_SEGMENTS['business-case']}/assumptions/new`,
  assumption: `${WORK_AREA_SEGMENTS['business-case']}/assumptions/:assumptionId`,
  options: `${WORK_AREA_SEGMENTS['business-case']}/options`,
  newOption: `${WORK_AREA_SEGMENTS['business-case']}/options/new`,
  option: `${WORK_AREA_SEGMENTS['business-case']}/options/:optionId`,
  newFactor: `${WORK_AREA_SEGMENTS['business-case']}/options/factors/new`,
  factor: `${WORK_AREA_SEGMENTS['business-case']}/options/factors/:factorId`,
  benefits: `${WORK_AREA_SEGMENTS['business-case']}/benefits`,
  newBenefit: `${WORK_AREA_SEGMENTS['business-case']}/benefits/new`,
  benefit: `${WORK_AREA_SEGMENTS['business-case']}/benefits/:benefitId`,
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
  mock: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/mock`,
  runSheet: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/run-sheet`,
  outcome: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/outcome`,
  addRecommendation: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/outcome/recommendations/new`,
  editRecommendation: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/outcome/recommendations/:recommendationId`,
  next: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/next`,
  compare: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/compare`,
  crosswalks: `${WORK_AREA_SEGMENTS.assessments}/:assessmentId/crosswalks`,
} as const;

/** Route patterns of maturity self-assessments, in assessment preparation, relative to a project's address. */
export const maturityRoutes = {
  start: `${WORK_AREA_SEGMENTS.assessments}/maturity/new`,
  overview: `${WORK_AREA_SEGMENTS.assessments}/maturity/:maturityId`,
  category: `${WORK_AREA_SEGMENTS.assessments}/maturity/:maturityId/categories/:categoryId`,
  chart: `${WORK_AREA_SEGMENTS.assessments}/maturity/:maturityId/chart`,
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
    costs: (projectId: string) => `${paths.businessCase.home(projectId)}/costs`,
    /** A cost line's form; without a line id, the form that adds one. */
    costLine: (projectId: string, lineId?: string) =>
      `${paths.businessCase.home(projectId)}/costs/lines/${lineId === undefined ? 'new' : at(lineId)}`,
    optimismBias: (projectId: string) => `${paths.businessCase.home(projectId)}/costs/optimism-bias`,
    discountRates: (projectId: string) => `${paths.businessCase.home(projectId)}/costs/discount-rates`,
    /** The risks, decisions or dependencies of the case. */
    register: (projectId: string, kind: 'risks' | 'decisions' | 'dependencies') =>
      `${paths.businessCase.home(projectId)}/${kind}`,
    /** A row's form; without a row id, the form that adds one. */
    registerRow: (projectId: string, kind: 'risks' | 'decisions' | 'dependencies', rowId?: string) =>
      `${paths.businessCase.home(projectId)}/${kind}/${rowId === undefined ? 'new' : at(rowId)}`,
    approvals: (projectId: string) => `${paths.businessCase.home(projectId)}/approvals`,
    /** An approval's page; without an id, the form that records one. */
    approval: (projectId: string, approvalId?: string) =>
      `${paths.businessCase.home(projectId)}/approvals/${approvalId === undefined ? 'new' : at(approvalId)}`,
    /** A condition's form; without a condition id, the form that adds one to the approval. */
    condition: (projectId: string, approvalId: string, conditionId?: string) =>
      `${paths.businessCase.home(projectId)}/approvals/${at(approvalId)}/conditions/${
        conditionId === undefined ? 'new' : at(conditionId)
      }`,
    assumptions: (projectId: string) => `${paths.businessCase.home(projectId)}/assumptions`,
    newAssumption: (projectId: string) => `${paths.businessCase.home(projectId)}/assumptions/new`,
    assumption: (projectId: string, assumptionId: string) =>
      `${paths.businessCase.home(projectId)}/assumptions/${at(assumptionId)}`,
    options: (projectId: string) => `${paths.businessCase.home(projectId)}/options`,
    newOption: (projectId: string) => `${paths.businessCase.home(projectId)}/options/new`,
    option: (projectId: string, optionId: string) => `${paths.businessCase.home(projectId)}/options/${at(optionId)}`,
    newFactor: (projectId: string) => `${paths.businessCase.home(projectId)}/options/factors/new`,
    factor: (projectId: string, factorId: string) =>
      `${paths.businessCase.home(projectId)}/options/factors/${at(factorId)}`,
    benefits: (projectId: string) => `${paths.businessCase.home(projectId)}/benefits`,
    newBenefit: (projectId: string) => `${paths.businessCase.home(projectId)}/benefits/new`,
    benefit: (projectId: string, benefitId: string) =>
      `${paths.businessCase.home(projectId)}/benefits/${at(benefitId)}`,
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
    mock: (projectId: string, assessmentId: string) => `${paths.assessments.overview(projectId, assessmentId)}/mock`,
    runSheet: (projectId: string, assessmentId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/run-sheet`,
    outcome: (projectId: string, assessmentId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/outcome`,
    addRecommendation: (projectId: string, assessmentId: string) =>
      `${paths.assessments.outcome(projectId, assessmentId)}/recommendations/new`,
    editRecommendation: (projectId: string, assessmentId: string, recommendationId: string) =>
      `${paths.assessments.outcome(projectId, assessmentId)}/recommendations/${at(recommendationId)}`,
    next: (projectId: string, assessmentId: string) => `${paths.assessments.overview(projectId, assessmentId)}/next`,
    compare: (projectId: string, assessmentId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/compare`,
    crosswalks: (projectId: string, assessmentId: string) =>
      `${paths.assessments.overview(projectId, assessmentId)}/crosswalks`,
  },
  maturity: {
    start: (projectId: string) => `${paths.assessments.list(projectId)}/maturity/new`,
    overview: (projectId: string, maturityId: string) =>
      `${paths.assessments.list(projectId)}/maturity/${at(maturityId)}`,
    category: (projectId: string, maturityId: string, categoryId: string) =>
      `${paths.maturity.overview(projectId, maturityId)}/categories/${at(categoryId)}`,
    /** The chart, compared with the given earlier self-assessment ('none' for none; the most recent by default). */
    chart: (projectId: string, maturityId: string, earlierId?: string) =>
      `${paths.maturity.overview(projectId, maturityId)}/chart${earlierId === undefined ? '' : `?earlier=${at(earlierId)}`}`,
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
