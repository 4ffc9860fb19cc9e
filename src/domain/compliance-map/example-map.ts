// The example project's compliance map: the two example processes it works from (the central digital
// assurance route and the department's IT governance) with the links a real team would draw between them,
// the design-before-build conflict declared with its reason, and the ordering rules that make that conflict
// an ordering contradiction the analysis finds and explains. Built from the installed templates, so the steps
// are exactly those of the versions the example pins (a test keeps the step ids in step with the YAML files).
import type { ProcessTemplate } from '../pack';
import type { ComplianceMap, ConflictRecord, MapLink, MapRelation, LinkRationale } from './map-model';
import { mapProcessFromTemplate } from './process-from-template';

export const EXAMPLE_MAP_PACK = 'waymark-example-processes';
export const EXAMPLE_MAP_AUTHOR = 'Sam Taylor (example)';

interface ExampleLink {
  central: string;
  department: string;
  relation: MapRelation;
  rationale: LinkRationale;
  status: MapLink['status'];
  note: string;
}

/**
 * Links read "central step <relation> department step". The two ordering links and the central route's own
 * dependencies close this loop in the merged precedence graph (the data protection impact assessments are
 * linked equal-to, so they are one node):
 *
 *   department:architecture-design-sign-off
 *     -> central:alpha-approval                   (link: alpha-approval must-follow the design sign-off; the
 *                                                   board treats prototype code as build)
 *     -> central:data-protection-impact-assessment = department:data-protection-impact-assessment
 *                                                 (central dependency)
 *     -> central:alpha-assessment                 (central dependency)
 *     -> department:architecture-design-sign-off  (link: alpha-assessment must-precede the design sign-off; the
 *                                                   design is chosen on the evidence of alpha)
 *
 * so following both as written, the design sign-off would have to come before itself.
 */
const EXAMPLE_LINKS: readonly ExampleLink[] = [
  {
    central: 'pipeline-entry',
    department: 'project-mandate',
    relation: 'intersects-with',
    rationale: 'functional',
    status: 'agreed',
    note: 'Both record the work early and name its senior responsible owner; write the mandate so the pipeline entry can be copied from it.',
  },
  {
    central: 'functional-assurance-discovery',
    department: 'stage-gate-0',
    relation: 'intersects-with',
    rationale: 'functional',
    status: 'agreed',
    note: 'The PMO gate does part of the organisation’s own assurance of discovery; agree with the assurance team which parts it covers.',
  },
  {
    central: 'data-protection-impact-assessment',
    department: 'data-protection-impact-assessment',
    relation: 'equal-to',
    rationale: 'syntactic',
    status: 'agreed',
    note: 'One assessment, reviewed by the data protection officer, serves both routes; add the record of processing entry the department asks for.',
  },
  {
    central: 'security-testing',
    department: 'it-health-check',
    relation: 'equivalent-to',
    rationale: 'semantic',
    status: 'agreed',
    note: 'The IT health check is the independent security test before public beta; one test, scoped for both, with one plan to fix the findings.',
  },
  {
    central: 'beta-approval',
    department: 'investment-committee-fbc',
    relation: 'subset-of',
    rationale: 'functional',
    status: 'draft',
    note: 'The committee’s approval of the full business case covers the approval to spend on beta, but commits to live as well; to be discussed with finance.',
  },
  {
    central: 'live-approval',
    department: 'go-live-approval',
    relation: 'intersects-with',
    rationale: 'functional',
    status: 'agreed',
    note: 'Both decide that the service may go live; hold them at the same meeting.',
  },
  {
    central: 'alpha-approval',
    department: 'architecture-design-sign-off',
    relation: 'must-follow',
    rationale: 'functional',
    status: 'agreed',
    note: 'The department’s rule: the architecture board must approve the complete design before any build starts, and it treats prototype code as build, so alpha’s prototyping cannot be approved until the design is signed off.',
  },
  {
    central: 'alpha-assessment',
    department: 'architecture-design-sign-off',
    relation: 'must-precede',
    rationale: 'functional',
    status: 'agreed',
    note: 'The central route’s rule: technology options stay open until alpha’s prototypes and research close them, so the design the board signs off comes from what the alpha assessment saw.',
  },
];

const DESIGN_CONFLICT_REASON =
  'The department’s architecture board must sign off the complete solution design before any build, and counts prototype code as build; the central route expects the team to build and test prototypes with users in alpha and to show the alpha assessment how that research shaped the design. Both cannot be followed as written.';

/**
 * Builds the example project's map from the two example process templates. `nextId` gives the map its id,
 * then each link, then the register entry; `now` is when they were made.
 */
export function buildExampleMap(
  projectId: string,
  templates: { central: ProcessTemplate; department: ProcessTemplate },
  nextId: () => string,
  now: Date,
): ComplianceMap {
  const at = now.toISOString();
  const mapId = nextId();
  const link = (from: MapLink['from'], to: MapLink['to'], fields: Partial<MapLink> & Pick<MapLink, 'relation'>) => ({
    id: nextId(),
    from,
    to,
    rationale: 'functional' as const,
    confidence: 'high' as const,
    origin: 'person' as const,
    status: 'agreed' as const,
    reason: '',
    note: '',
    by: EXAMPLE_MAP_AUTHOR,
    at,
    needsReview: null,
    ...fields,
  });
  const links: MapLink[] = EXAMPLE_LINKS.map((l) =>
    link(
      { processId: 'central', stepId: l.central },
      { processId: 'department', stepId: l.department },
      { relation: l.relation, rationale: l.rationale, status: l.status, note: l.note },
    ),
  );
  const declared = link(
    { processId: 'department', stepId: 'architecture-design-sign-off' },
    { processId: 'central', stepId: 'alpha-assessment' },
    {
      relation: 'conflicts-with',
      reason: DESIGN_CONFLICT_REASON,
      note: 'Raised at the first joint planning session with the PMO and the digital assurance team.',
    },
  );
  links.push(declared);
  const conflict: ConflictRecord = {
    id: nextId(),
    subject: { type: 'link', linkId: declared.id },
    owner: 'Head of enterprise architecture (example)',
    proposedResolution:
      'Ask the board to sign off a design outline and the principles prototypes must follow at the start of alpha, to treat throwaway prototypes as research rather than build, and to sign off the full design on the evidence of the alpha assessment.',
    status: 'open',
    evidenceIds: [],
    note: 'On the agenda of the next architecture board.',
    updatedAt: at,
  };
  return {
    id: mapId,
    projectId,
    title: 'Central assurance and departmental governance',
    processes: [
      mapProcessFromTemplate(EXAMPLE_MAP_PACK, templates.central, 'central'),
      mapProcessFromTemplate(EXAMPLE_MAP_PACK, templates.department, 'department'),
    ],
    links,
    conflicts: [conflict],
    exceptions: [],
    rejectedSuggestions: [],
    createdAt: at,
    updatedAt: at,
  };
}
