// The words people type for the same thing, kept as data so that anyone can add a group without touching
// the search code. When a query holds one phrase of a group, the Library also looks for the others (with a
// lower weight than the words actually typed).

/** Groups of phrases that mean the same thing, or near enough, to someone searching the Library. */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['alpha assessment', 'service assessment', 'assessment panel', 'service standard'],
  ['beta assessment', 'service assessment', 'assessment panel', 'service standard'],
  ['live assessment', 'service assessment', 'assessment panel', 'service standard'],
  ['assessment', 'service assessment', 'assessor', 'panel'],
  // Departments that fund projects in stages often call the beta phase "build".
  ['beta', 'private beta', 'public beta', 'build'],
  // Departments describe a service assessment as a condition of spend approval (for example the Department
  // for Education's service assessment guidance), so people looking for one need the other.
  [
    'spend approval',
    'spend control',
    'approval',
    'funding',
    'investment committee',
    'business case',
    'service assessment',
  ],
  ['spend control', 'spend approval', 'digital assurance', 'pipeline'],
  ['architecture board', 'design authority', 'technical design authority', 'enterprise architecture'],
  ['design authority', 'architecture board'],
  ['governance', 'board', 'gate', 'approval'],
  ['stage gate', 'gate', 'pmo', 'governance'],
  ['dpia', 'data protection impact assessment'],
  ['accreditation', 'security', 'it health check', 'penetration test'],
  ['pen test', 'penetration test', 'it health check'],
  ['maturity matrix', 'maturity index', 'maturity model'],
  ['gds', 'government digital service', 'service standard'],
  ['tcop', 'technology code of practice'],
  ['five case model', 'business case', 'green book'],
  ['procurement', 'commercial', 'framework', 'contract'],
];
