// The UI's one door to stored data. Screens and components read through the live-query hooks here and
// re-render when the data changes; changes go through the use cases in src/app, which take the
// repositories from `repositories()`. Lint lets no other UI file import src/db (see eslint.config.js).
export {
  repositories,
  useActivePacks,
  usePack,
  usePackStorage,
  usePackVersions,
  useProject,
  useProjectLists,
  useProjectTemplates,
  useSettings,
  useTemplateUsages,
} from '../db/hooks';
export { ProjectChangedError } from '../db/projects-repository';
export { useEvidenceItem, useEvidenceList, useProjectAttachments } from '../db/evidence-hooks';
export { useComplianceMap } from '../db/compliance-map-hooks';
export { MapChangedError } from '../db/compliance-map-repository';
export type { StoredMap } from '../db/compliance-map-repository';
export { useBusinessCase } from '../db/business-case-hooks';
export { CaseChangedError, FrozenRevisionWriteError } from '../db/business-case-repository';
export type { StoredCase } from '../db/business-case-repository';
export { useAssessment, useAssessmentList, useAssessmentScreenData, useStandardPacks } from '../db/assessments-hooks';
export { AssessmentChangedError } from '../db/assessments-repository';
export type { AssessmentList, StoredAssessment } from '../db/assessments-repository';
export { useMaturityList, useMaturityScreenData } from '../db/maturity-hooks';
export { MaturityChangedError } from '../db/maturity-repository';
export type { MaturityList, StoredMaturity } from '../db/maturity-repository';
