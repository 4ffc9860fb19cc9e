// Test data for the business case exports: the example project's case (example-case.ts), with the later
// revision given what the example leaves empty (formatted text, scores, benefits, risks, decisions and a
// dependency), so every part of the document is exercised. Also used by scripts/check-docx.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildExampleBusinessCase } from '../../src/domain/business-case/example-case';
import type { BusinessCase, CaseRevision } from '../../src/domain/business-case/model';
import { buildExampleProject } from '../../src/domain/example-project';
import { businessCaseSchema, type BusinessCaseTemplate } from '../../src/domain/pack';
import type { Project } from '../../src/domain/project';
import type { RichTextDoc } from '../../src/domain/rich-text';

const TEMPLATE_FILE = join(
  import.meta.dirname,
  '../../templates/waymark-agile-business-case/business-cases/agile-business-case.yaml',
);

export const EXPORT_NOW = new Date('2026-12-01T09:00:00Z');

export function builtInCaseTemplate(): BusinessCaseTemplate {
  return businessCaseSchema.parse(parse(readFileSync(TEMPLATE_FILE, 'utf8')));
}

/** Strategic fit written with every kind of formatting the editor offers. */
export const FORMATTED_SECTION: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Fit with the department' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Online renewal supports the ' },
        { type: 'text', text: 'digital by default', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' commitment and the ' },
        {
          type: 'text',
          text: 'Service Standard',
          marks: [{ type: 'link', attrs: { href: 'https://www.gov.uk/service-manual/service-standard' } }],
        },
        { type: 'text', text: ', and it is ' },
        { type: 'text', text: 'not', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' tied to a single supplier.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fewer calls to the licensing line' }] }],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fewer refunds for the wrong licence' }] }],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Priority' }] }] },
            {
              type: 'tableHeader',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'How this case serves it' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Channel shift' }] }] },
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Renewals move online' }] }],
            },
          ],
        },
      ],
    },
  ],
};

export interface ExportFixture {
  project: Project;
  businessCase: BusinessCase;
  revisions: [CaseRevision, CaseRevision];
  template: BusinessCaseTemplate;
  evidenceTitles: Record<string, string>;
}

/** The example project's case, the later revision filled in further. */
export function exampleCaseFixture(): ExportFixture {
  let n = 0;
  const nextId = () => `example-${(n += 1)}`;
  const records = buildExampleProject(nextId, new Date('2026-09-01T09:00:00Z'));
  const { businessCase, revisions } = buildExampleBusinessCase(
    records.project.id,
    nextId,
    EXPORT_NOW,
    records.evidence.map((e) => e.id),
  );
  const [first, second] = revisions;
  const [bau, minimum, online] = second.options.options;
  const [users, budget] = second.options.factors;
  const scores =
    bau && minimum && online && users && budget
      ? [
          { optionId: bau.id, factorId: users.id, score: 1 },
          { optionId: bau.id, factorId: budget.id, score: 4 },
          { optionId: minimum.id, factorId: users.id, score: 2 },
          { optionId: minimum.id, factorId: budget.id, score: 4 },
          { optionId: online.id, factorId: users.id, score: 5 },
          { optionId: online.id, factorId: budget.id, score: 3 },
        ]
      : [];
  const later: CaseRevision = {
    ...second,
    sections: { ...second.sections, 'strategic-fit': FORMATTED_SECTION },
    options: { ...second.options, scores },
    benefits: [
      {
        id: 'benefit-1',
        benefit: 'Less staff time spent on paper renewals',
        measure: 'Minutes of staff time per renewal',
        baseline: '19 minutes',
        target: '4 minutes',
        whenMeasured: 'Three months into public beta',
        owner: 'Head of licensing operations',
        cashable: true,
      },
      {
        id: 'benefit-2',
        benefit: 'Anglers get the right licence first time',
        measure: 'Refunds for the wrong licence type',
        baseline: '6,000 a year',
        target: '1,500 a year',
        whenMeasured: 'Six months after going live',
        owner: 'Service owner',
        cashable: false,
      },
    ],
    risks: [
      {
        id: 'risk-1',
        risk: 'The legacy database supplier cannot give the team access in time for beta.',
        owner: 'Technical architect',
        response: 'Agree the interface work in the contract change before beta starts.',
        reviewBy: '2027-01-15',
      },
    ],
    decisions: [
      {
        id: 'decision-1',
        decision: 'Use the shared payments platform for licence fees.',
        madeBy: 'Service owner',
        date: '2026-11-10',
        evidence: 'Payments spike in alpha',
      },
    ],
    dependencies: [
      {
        id: 'dependency-1',
        dependency: 'An interface to the legacy licence database',
        owner: 'Licensing systems team',
        neededBy: '2027-03-01',
      },
    ],
  };
  return {
    project: records.project,
    businessCase,
    revisions: [first, later],
    template: builtInCaseTemplate(),
    evidenceTitles: Object.fromEntries(records.evidence.map((e) => [e.id, e.title])),
  };
}
