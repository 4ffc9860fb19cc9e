// The example project offered on first start and from Settings, and written by `waymark example`: the
// project, the templates it works from, a few evidence items, (when the example processes are at hand) its
// compliance map, an alpha assessment with the panel's report, a maturity self-assessment and a business case
// with two revisions, built from given ids and a clock so the app and the command line make the same example.
import type { Assessment } from './assessment/assessment-model';
import { buildExampleAssessment, buildExampleMaturity } from './assessment/example-assessment';
import type { MaturitySelfAssessment } from './assessment/maturity-self-assessment';
import { buildExampleBusinessCase } from './business-case/example-case';
import type { BusinessCase, CaseRevision } from './business-case/model';
import { buildExampleMap, EXAMPLE_MAP_PACK } from './compliance-map/example-map';
import type { ComplianceMap } from './compliance-map/map-model';
import type { EvidenceItem } from './evidence';
import type { Pack, ProcessTemplate } from './pack';
import { EXAMPLE_PROJECT_DRAFT, createProject, type Project } from './project';
import type { ProjectTemplate, TemplateRef } from './project-template';

/**
 * The built-in templates the example works from, at the version shipped in templates/ (a test keeps these
 * in step with the pack files).
 */
export const EXAMPLE_TEMPLATES: readonly TemplateRef[] = [
  { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.2.0' },
  { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' },
  { packId: 'waymark-example-processes', templateId: 'central-digital-assurance-2026', version: '2.0.0' },
  { packId: 'waymark-example-processes', templateId: 'departmental-it-governance', version: '1.0.1' },
];

type ExampleEvidence = Pick<EvidenceItem, 'title' | 'kind' | 'source' | 'date' | 'owner' | 'description'>;

const EXAMPLE_EVIDENCE: readonly ExampleEvidence[] = [
  {
    title: 'Discovery report: how anglers apply today',
    kind: 'document',
    source: { type: 'path', path: 'Shared drive/Fishing licence/Discovery/Discovery report v1.0.docx' },
    date: '2026-09-18',
    owner: 'Sam Taylor (example)',
    description:
      'What we learned in eight weeks of discovery: who applies, the paper form and phone line they use now, ' +
      'where applications stall, and the riskiest assumptions to test in alpha.',
  },
  {
    title: 'Usability testing, round 1: renewing a licence',
    kind: 'research-finding',
    source: { type: 'none' },
    date: '2026-10-09',
    owner: 'Priya Shah (example)',
    description:
      'Six sessions with anglers, two of them using a screen reader. Five of six finished a renewal; the licence ' +
      'type question confused four, so it is being rewritten before round 2.',
  },
  {
    title: 'Prototype of the apply journey',
    kind: 'prototype',
    source: { type: 'link', url: 'https://example.org/fishing-licence-prototype' },
    date: '2026-10-02',
    owner: 'Priya Shah (example)',
    description: 'The clickable prototype tested in round 1, with the changes from each round noted on its start page.',
  },
  {
    title: 'Decision: pay online through the common payments platform',
    kind: 'decision-record',
    source: { type: 'none' },
    date: '2026-10-14',
    owner: 'Sam Taylor (example)',
    description:
      'The team chose the shared payments platform over a new contract with the current card provider: it meets ' +
      'the accessibility and security needs and avoids a procurement in alpha.',
  },
];

export interface ExampleProjectRecords {
  project: Project;
  templates: ProjectTemplate[];
  evidence: EvidenceItem[];
  /** The example's compliance map; null when the example processes were not at hand. */
  complianceMap: ComplianceMap | null;
  /** The alpha assessment against the GOV.UK Service Standard, with the panel's report recorded. */
  assessments: Assessment[];
  /** The maturity self-assessment on Colorado's Modern Software Delivery Maturity Index. */
  maturityAssessments: MaturitySelfAssessment[];
  /** The business case asking to move from alpha to beta (a list of one). */
  businessCases: BusinessCase[];
  /** The case's revisions: the one frozen at the end of discovery and the draft for the alpha to beta gate. */
  caseRevisions: CaseRevision[];
}

/** The two process templates the example's map is made of. */
export interface ExampleProcesses {
  central: ProcessTemplate;
  department: ProcessTemplate;
}

/**
 * The example's two process templates at exactly the versions it pins, from any of the given packs (a
 * template's version is its own, not its pack's); null when either is missing, as when the pack was removed.
 */
export function exampleProcesses(packs: readonly Pack[]): ExampleProcesses | null {
  const pinned = (templateId: string): ProcessTemplate | null => {
    const ref = EXAMPLE_TEMPLATES.find((t) => t.packId === EXAMPLE_MAP_PACK && t.templateId === templateId);
    const found = packs
      .filter((p) => p.manifest.id === EXAMPLE_MAP_PACK)
      .flatMap((p) => p.templates)
      .find((t) => t.id === templateId && t.version === ref?.version);
    return found?.kind === 'process' ? found : null;
  };
  const central = pinned('central-digital-assurance-2026');
  const department = pinned('departmental-it-governance');
  return central && department ? { central, department } : null;
}

/**
 * Builds the example project's records. `nextId` gives each record its id (the project's first, then one per
 * template use, then one per evidence item, then the map's, then the assessment's, the maturity
 * self-assessment's and the business case's), and `now` is when they were made. The map is built from
 * `processes` when given.
 */
export function buildExampleProject(
  nextId: () => string,
  now: Date,
  processes: ExampleProcesses | null = null,
): ExampleProjectRecords {
  const project = createProject(EXAMPLE_PROJECT_DRAFT, nextId(), now, true);
  const at = now.toISOString();
  const templates = EXAMPLE_TEMPLATES.map((ref): ProjectTemplate => ({
    id: nextId(),
    projectId: project.id,
    ...ref,
    addedAt: at,
  }));
  const evidence = EXAMPLE_EVIDENCE.map((item): EvidenceItem => ({
    id: nextId(),
    projectId: project.id,
    ...item,
    createdAt: at,
    updatedAt: at,
  }));
  const complianceMap = processes ? buildExampleMap(project.id, processes, nextId, now) : null;
  const evidenceIds = evidence.map((item) => item.id);
  const assessment = buildExampleAssessment(project.id, nextId, now, evidenceIds);
  const maturity = buildExampleMaturity(project.id, nextId, now);
  const { businessCase, revisions } = buildExampleBusinessCase(project.id, nextId, now, evidenceIds);
  return {
    project,
    templates,
    evidence,
    complianceMap,
    assessments: [assessment],
    maturityAssessments: [maturity],
    businessCases: [businessCase],
    caseRevisions: revisions,
  };
}
