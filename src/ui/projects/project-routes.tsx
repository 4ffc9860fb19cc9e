// The routes of one project: the layout at /projects/:projectId with the overview as its index and a
// page per work area below it (/evidence, /business-case, /assessments, /compliance-map and the map's pages).
import type { RouteObject } from 'react-router';
import { CaseEditPage, CaseHomePage } from '../business-case/CaseHomePage';
import { CaseSectionPage } from '../business-case/CaseSectionPage';
import { NewRevisionPage, RevisionPage, RevisionsPage } from '../business-case/RevisionPages';
import { CostLinePage, CostsPage, DiscountRatesPage, OptimismBiasPage } from '../business-case/CostPages';
import { RegisterPage, RegisterRowPage } from '../business-case/RegisterPages';
import { ApprovalFormPage, ApprovalPage, ApprovalsPage, ConditionFormPage } from '../business-case/ApprovalPages';
import { AssumptionPage, NewAssumptionPage } from '../business-case/AssumptionFormPage';
import { AssumptionsPage } from '../business-case/AssumptionsPage';
import { BenefitPage, NewBenefitPage } from '../business-case/BenefitFormPage';
import { BenefitsPage } from '../business-case/BenefitsPage';
import { NewOptionFactorPage, OptionFactorPage } from '../business-case/OptionFactorPage';
import { NewOptionPage, OptionPage } from '../business-case/OptionFormPage';
import { OptionsPage } from '../business-case/OptionsPage';
import { ComparePage as CaseComparePage } from '../business-case/ComparePage';
import { ReadinessPage } from '../business-case/ReadinessPage';
import { AddActionPage, EditActionPage } from '../assessments/ActionFormPage';
import { AssessmentOverviewPage } from '../assessments/AssessmentOverviewPage';
import { AssessmentsPage } from '../assessments/AssessmentsPage';
import { MockAssessmentPage } from '../assessments/MockAssessmentPage';
import { OutcomePage } from '../assessments/OutcomePage';
import { AddRecommendationPage, EditRecommendationPage } from '../assessments/OutcomeRecommendationPage';
import { RunSheetPage } from '../assessments/RunSheetPage';
import { PanelDatePage } from '../assessments/PanelDatePage';
import { AddPointEvidencePage, ChoosePointEvidencePage } from '../assessments/PointEvidencePages';
import { PointPage } from '../assessments/PointPage';
import { StartAssessmentPage } from '../assessments/StartAssessmentPage';
import { NextAssessmentPage } from '../assessments/NextAssessmentPage';
import { ComparePage as AssessmentComparePage } from '../assessments/ComparePage';
import { CrosswalkCoveragePage } from '../assessments/CrosswalkCoveragePage';
import { AddProcessPage } from '../compliance-map/AddProcessPage';
import { CycleConflictPage, LinkConflictPage } from '../compliance-map/ConflictFormPage';
import { ExceptionFormPage, ExceptionsPage } from '../compliance-map/ExceptionsPage';
import { LinkFormPage } from '../compliance-map/LinkFormPage';
import { LinksPage } from '../compliance-map/LinksPage';
import { MapHomePage } from '../compliance-map/MapHomePage';
import { MatrixPage, SuggestionsPage, SwimlanesPage } from '../compliance-map/MapViewPages';
import { WhatIfPage } from '../compliance-map/WhatIfPage';
import { ProcessDetailsPage, ProcessPage } from '../compliance-map/ProcessPage';
import { StepFormPage } from '../compliance-map/StepFormPage';
import { ProcessVersionPage } from '../compliance-map/ProcessVersionPage';
import { EvidenceFormPage } from '../evidence/EvidenceFormPage';
import { EvidenceItemPage } from '../evidence/EvidenceItemPage';
import { EvidencePage } from '../evidence/EvidencePage';
import { MaturityCategoryPage } from '../maturity/MaturityCategoryPage';
import { MaturityChartPage } from '../maturity/MaturityChartPage';
import { MaturityOverviewPage } from '../maturity/MaturityOverviewPage';
import { StartMaturityPage } from '../maturity/StartMaturityPage';
import { assessmentRoutes, caseRoutes, mapRoutes, maturityRoutes, routes, WORK_AREA_SEGMENTS } from '../paths';
import { ProjectOverviewPage } from '../routes/ProjectOverviewPage';
import { ProjectLayout } from './ProjectLayout';

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
      { path: caseRoutes.home, element: <CaseHomePage /> },
      { path: caseRoutes.edit, element: <CaseEditPage /> },
      { path: caseRoutes.section, element: <CaseSectionPage /> },
      { path: caseRoutes.revisions, element: <RevisionsPage /> },
      { path: caseRoutes.newRevision, element: <NewRevisionPage /> },
      { path: caseRoutes.revision, element: <RevisionPage /> },
      { path: caseRoutes.costs, element: <CostsPage /> },
      { path: caseRoutes.costLineNew, element: <CostLinePage /> },
      { path: caseRoutes.costLine, element: <CostLinePage /> },
      { path: caseRoutes.optimismBias, element: <OptimismBiasPage /> },
      { path: caseRoutes.discountRates, element: <DiscountRatesPage /> },
      { path: caseRoutes.risks, element: <RegisterPage kind="risks" /> },
      { path: caseRoutes.riskNew, element: <RegisterRowPage kind="risks" /> },
      { path: caseRoutes.risk, element: <RegisterRowPage kind="risks" /> },
      { path: caseRoutes.decisions, element: <RegisterPage kind="decisions" /> },
      { path: caseRoutes.decisionNew, element: <RegisterRowPage kind="decisions" /> },
      { path: caseRoutes.decision, element: <RegisterRowPage kind="decisions" /> },
      { path: caseRoutes.dependencies, element: <RegisterPage kind="dependencies" /> },
      { path: caseRoutes.dependencyNew, element: <RegisterRowPage kind="dependencies" /> },
      { path: caseRoutes.dependency, element: <RegisterRowPage kind="dependencies" /> },
      { path: caseRoutes.approvals, element: <ApprovalsPage /> },
      { path: caseRoutes.approvalNew, element: <ApprovalFormPage /> },
      { path: caseRoutes.approval, element: <ApprovalPage /> },
      { path: caseRoutes.conditionNew, element: <ConditionFormPage /> },
      { path: caseRoutes.condition, element: <ConditionFormPage /> },
      { path: caseRoutes.assumptions, element: <AssumptionsPage /> },
      { path: caseRoutes.newAssumption, element: <NewAssumptionPage /> },
      { path: caseRoutes.assumption, element: <AssumptionPage /> },
      { path: caseRoutes.options, element: <OptionsPage /> },
      { path: caseRoutes.newOption, element: <NewOptionPage /> },
      { path: caseRoutes.option, element: <OptionPage /> },
      { path: caseRoutes.newFactor, element: <NewOptionFactorPage /> },
      { path: caseRoutes.factor, element: <OptionFactorPage /> },
      { path: caseRoutes.benefits, element: <BenefitsPage /> },
      { path: caseRoutes.newBenefit, element: <NewBenefitPage /> },
      { path: caseRoutes.benefit, element: <BenefitPage /> },
      { path: caseRoutes.compare, element: <CaseComparePage /> },
      { path: caseRoutes.readiness, element: <ReadinessPage /> },
      { path: assessmentRoutes.list, element: <AssessmentsPage /> },
      { path: assessmentRoutes.start, element: <StartAssessmentPage /> },
      { path: assessmentRoutes.overview, element: <AssessmentOverviewPage /> },
      { path: assessmentRoutes.panelDate, element: <PanelDatePage /> },
      { path: assessmentRoutes.point, element: <PointPage /> },
      { path: assessmentRoutes.chooseEvidence, element: <ChoosePointEvidencePage /> },
      { path: assessmentRoutes.addEvidence, element: <AddPointEvidencePage /> },
      { path: assessmentRoutes.addAction, element: <AddActionPage /> },
      { path: assessmentRoutes.editAction, element: <EditActionPage /> },
      { path: assessmentRoutes.next, element: <NextAssessmentPage /> },
      { path: assessmentRoutes.compare, element: <AssessmentComparePage /> },
      { path: assessmentRoutes.crosswalks, element: <CrosswalkCoveragePage /> },
      { path: maturityRoutes.start, element: <StartMaturityPage /> },
      { path: maturityRoutes.overview, element: <MaturityOverviewPage /> },
      { path: maturityRoutes.category, element: <MaturityCategoryPage /> },
      { path: maturityRoutes.chart, element: <MaturityChartPage /> },
      { path: assessmentRoutes.mock, element: <MockAssessmentPage /> },
      { path: assessmentRoutes.runSheet, element: <RunSheetPage /> },
      { path: assessmentRoutes.outcome, element: <OutcomePage /> },
      { path: assessmentRoutes.addRecommendation, element: <AddRecommendationPage /> },
      { path: assessmentRoutes.editRecommendation, element: <EditRecommendationPage /> },
      { path: mapRoutes.home, element: <MapHomePage /> },
      { path: mapRoutes.addProcess, element: <AddProcessPage /> },
      { path: mapRoutes.process, element: <ProcessPage /> },
      { path: mapRoutes.editProcess, element: <ProcessDetailsPage /> },
      { path: mapRoutes.addStep, element: <StepFormPage /> },
      { path: mapRoutes.editStep, element: <StepFormPage /> },
      { path: mapRoutes.links, element: <LinksPage /> },
      { path: mapRoutes.addLink, element: <LinkFormPage /> },
      { path: mapRoutes.editLink, element: <LinkFormPage /> },
      { path: mapRoutes.exceptions, element: <ExceptionsPage /> },
      { path: mapRoutes.addException, element: <ExceptionFormPage /> },
      { path: mapRoutes.conflictOfLink, element: <LinkConflictPage /> },
      { path: mapRoutes.conflictOfCycle, element: <CycleConflictPage /> },
      { path: mapRoutes.suggestions, element: <SuggestionsPage /> },
      { path: mapRoutes.swimlanes, element: <SwimlanesPage /> },
      { path: mapRoutes.matrix, element: <MatrixPage /> },
      { path: mapRoutes.whatIf, element: <WhatIfPage /> },
      { path: mapRoutes.processVersion, element: <ProcessVersionPage /> },
    ],
  },
];
