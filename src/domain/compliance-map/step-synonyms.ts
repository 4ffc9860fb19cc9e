// Phrases that two governance processes use for the same step or artefact, kept as data so a maintainer
// (or, later, a department) can add a group without touching the matching code. Used only to suggest links
// between steps of a compliance map; the Library's search has its own, broader list (search-synonyms.ts).
// Each group is one idea: a step whose text holds any phrase of a group is treated as also saying the
// others. Phrases are matched on whole words after stemming, so "penetration tests" matches
// "penetration test". Keep groups narrow: a phrase that means two things in different places makes
// suggestions worse, not better.

export interface StepSynonymGroup {
  /** A short name for the idea, shown in reasons ("Same meaning: ...") and used as its index token. */
  id: string;
  phrases: readonly string[];
}

export const STEP_SYNONYMS: readonly StepSynonymGroup[] = [
  // The centre says penetration test; departments and the NCSC's CHECK scheme say IT health check.
  { id: 'security-testing', phrases: ['penetration test', 'pen test', 'pentest', 'it health check', 'ithc'] },
  // The service assessment that closes alpha sits where a department's second stage gate sits: both decide
  // whether the team may move from design into build. Departments number their gates differently.
  {
    id: 'alpha-gate',
    phrases: ['alpha assessment', 'alpha service assessment', 'gate 2', 'gateway 2', 'stage gate 2', 'design gate'],
  },
  // The beta assessment and the gate before investing in the full build or going public.
  {
    id: 'beta-gate',
    phrases: ['beta assessment', 'beta service assessment', 'gate 3', 'gateway 3', 'stage gate 3', 'build gate'],
  },
  // The live assessment and the readiness-for-service gate before full operation.
  {
    id: 'live-gate',
    phrases: ['live assessment', 'live service assessment', 'gate 4', 'gateway 4', 'readiness for service'],
  },
  // Agile teams learn what users need by research; traditional projects gather and analyse requirements.
  {
    id: 'user-needs',
    phrases: ['user research', 'requirements gathering', 'requirements capture', 'requirements analysis', 'user needs'],
  },
  // The Green Book's five case model is how a business case appraises an investment.
  {
    id: 'business-case',
    phrases: ['business case', 'investment appraisal', 'five case model', 'economic appraisal', 'options appraisal'],
  },
  // The central pipeline entry and a department's strategic outline case both announce planned spend.
  { id: 'planned-spend', phrases: ['spend pipeline', 'pipeline entry', 'strategic outline case'] },
  // Permission to spend, whoever gives it.
  {
    id: 'spend-approval',
    phrases: ['spend approval', 'spend control', 'investment committee', 'funding approval', 'financial approval'],
  },
  { id: 'dpia', phrases: ['dpia', 'data protection impact assessment', 'privacy impact assessment'] },
  // The board that reviews technical design goes by several names.
  {
    id: 'design-review',
    phrases: ['architecture board', 'design authority', 'technical design authority', 'architecture review board'],
  },
  // Security sign-off: accreditation in older departments, a risk assessment and assurance case in newer ones.
  {
    id: 'security-assurance',
    phrases: ['security accreditation', 'accreditation', 'security assurance', 'rmads', 'security risk assessment'],
  },
  {
    id: 'accessibility-check',
    phrases: ['accessibility audit', 'accessibility testing', 'accessibility assessment', 'wcag audit'],
  },
  // Permission to release a change into the live service.
  {
    id: 'release-approval',
    phrases: ['change advisory board', 'release approval', 'go live approval', 'go no go', 'cab approval'],
  },
  // How a project is started and its scope written down.
  {
    id: 'project-start',
    phrases: ['project brief', 'project initiation document', 'project mandate', 'project charter'],
  },
  // Looking back to learn: agile teams hold retrospectives, PRINCE2 projects write lessons reports.
  {
    id: 'lessons',
    phrases: ['lessons learned', 'lessons report', 'retrospective', 'post implementation review', 'end project report'],
  },
  // Something built quickly to learn, not to keep.
  { id: 'prototype', phrases: ['prototype', 'proof of concept', 'mock up', 'wireframe'] },
  // How success is measured.
  {
    id: 'measures',
    phrases: ['performance indicators', 'kpi', 'success measures', 'benefits realisation plan', 'benefits profile'],
  },
  { id: 'risk-log', phrases: ['risk register', 'risk log', 'raid log'] },
  // Buying: the centre says commercial strategy, departments say procurement or sourcing.
  {
    id: 'buying',
    phrases: ['procurement strategy', 'commercial strategy', 'sourcing strategy', 'route to market'],
  },
  { id: 'testing-plan', phrases: ['test plan', 'test strategy', 'test approach'] },
  {
    id: 'data-sharing',
    phrases: ['data sharing agreement', 'information sharing agreement', 'memorandum of understanding'],
  },
  // Whether the people who will run the service are ready to take it on.
  {
    id: 'service-readiness',
    phrases: ['operational acceptance', 'operational readiness', 'service readiness', 'handover to live'],
  },
  { id: 'continuity', phrases: ['disaster recovery', 'business continuity', 'continuity plan'] },
  // Helping people who cannot use the online service on their own.
  { id: 'assisted-digital', phrases: ['assisted digital', 'digital inclusion', 'offline support'] },
];
