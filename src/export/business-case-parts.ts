// The structured parts of a business case as real Word tables: assumptions (riskiest first), the options
// appraisal, costs by phase and year with optimism bias and present values, benefits, risks, decisions,
// dependencies and approval conditions. Each function reads one revision and returns document blocks.
import { riskiestFirst } from '../domain/business-case/assumptions';
import { costSummary, isFirm, totalsByPhaseAndYear, type CostRange } from '../domain/business-case/costs';
import { gatePhase } from '../domain/business-case/gates';
import type { Approval, CaseRevision } from '../domain/business-case/model';
import { APPROVAL_DECISION_LABELS, APPROVAL_ROUTE_LABELS } from '../domain/business-case/model';
import { optionScoreTotals } from '../domain/business-case/options';
import type { DocBlock, DocInline, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import { PHASE_LABELS } from '../domain/project';
import {
  CONFIDENCE_LABELS,
  KIND_LABELS,
  assumptionStatusCell,
  dateOrNot,
  dependentSections,
  financialYear,
  money,
  percentWords,
  rangeWords,
} from './business-case-words';

export interface PartsContext {
  revision: CaseRevision;
  titles: ReadonlyMap<string, string>;
  /** Titles of the project's evidence items by id, to name the evidence behind an assumption. */
  evidenceTitles: Readonly<Record<string, string>>;
}

function label(text: string): DocBlock {
  return { kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text, bold: true }] };
}

function moneyColumns(): { heading: string; weight: number; align: 'right' }[] {
  return [
    { heading: 'Low', weight: 2, align: 'right' },
    { heading: 'Likely', weight: 2, align: 'right' },
    { heading: 'High', weight: 2, align: 'right' },
  ];
}

function moneyCells(range: CostRange): TableCellValue[] {
  return [money(range.low), money(range.likely), money(range.high)];
}

export function assumptionsBlocks({ revision, titles, evidenceTitles }: PartsContext): DocBlock[] {
  if (revision.assumptions.length === 0) return [paragraphBlock('No assumptions are recorded in this revision.')];
  const disproved = revision.assumptions.filter((a) => a.status === 'disproved').length;
  return [
    paragraphBlock(
      `The assumptions the case rests on, riskiest first: disproved, then untested, then holding, and within each the least confident first.${
        disproved > 0
          ? ` ${disproved === 1 ? 'One assumption has' : `${disproved} assumptions have`} been disproved; the sections that depend on ${disproved === 1 ? 'it say' : 'them say'} so.`
          : ''
      }`,
    ),
    {
      kind: 'table',
      caption: 'Assumptions, riskiest first',
      description:
        'One assumption a row: the assumption, its status, confidence, the sections that depend on it, and how and when it is tested.',
      columns: [
        { heading: 'Assumption', weight: 5 },
        { heading: 'Status', weight: 2 },
        { heading: 'Confidence', weight: 2 },
        { heading: 'Sections that depend on it', weight: 3 },
        { heading: 'How and when it is tested', weight: 5 },
      ],
      rows: riskiestFirst(revision.assumptions).map((a): TableCellValue[] => {
        const evidence = a.evidenceIds.map((id) => evidenceTitles[id] ?? 'An evidence item no longer in the library');
        const test = [a.test.trim() || 'No test described yet.', `Test by: ${dateOrNot(a.testBy, 'not planned')}`];
        if (evidence.length > 0) test.push(`Evidence: ${evidence.join('; ')}`);
        return [
          a.text,
          assumptionStatusCell(a.status),
          CONFIDENCE_LABELS[a.confidence],
          dependentSections(a, titles),
          test.join('\n'),
        ];
      }),
    },
  ];
}

const BASELINE_WORDS = { 'business-as-usual': 'Business as usual', 'do-minimum': 'Do minimum' } as const;

export function optionsBlocks({ revision }: PartsContext): DocBlock[] {
  const appraisal = revision.options;
  if (appraisal.options.length === 0) return [paragraphBlock('No options are recorded in this revision.')];
  const blocks: DocBlock[] = [
    {
      kind: 'table',
      caption: 'Long list of options',
      columns: [
        { heading: 'Option', weight: 5 },
        { heading: 'Baseline', weight: 2 },
        { heading: 'On the short list', weight: 2 },
        { heading: 'Open or closed', weight: 5 },
      ],
      rows: appraisal.options.map((o): TableCellValue[] => [
        o.description.trim() ? `${o.title}\n${o.description.trim()}` : o.title,
        o.baseline ? BASELINE_WORDS[o.baseline] : 'No',
        o.shortListed ? 'Yes' : 'No',
        o.open
          ? { text: 'Open', tone: 'neutral' }
          : { text: `Closed: ${o.closedReason.trim() || 'no reason given'}`, tone: 'bad' },
      ]),
    },
  ];
  if (appraisal.factors.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Critical success factors',
      columns: [
        { heading: 'Factor', weight: 1 },
        { heading: 'Critical success factor', weight: 9 },
      ],
      rows: appraisal.factors.map((f, index): TableCellValue[] => [`CSF ${index + 1}`, f.title]),
    });
  const shortList = appraisal.options.filter((o) => o.shortListed);
  if (shortList.length > 0) {
    const totals = new Map(optionScoreTotals(appraisal).map((t) => [t.optionId, t]));
    const scored = appraisal.scores.length > 0;
    blocks.push({
      kind: 'table',
      caption: scored ? 'Short list and scores against the critical success factors' : 'Short list',
      description: scored
        ? 'Each short-listed option with its score from 0 to 5 against each critical success factor, and its total.'
        : undefined,
      columns: [
        { heading: 'Option', weight: 6 },
        ...(scored
          ? [
              ...appraisal.factors.map((_, index) => ({
                heading: `CSF ${index + 1}`,
                weight: 1,
                align: 'center' as const,
              })),
              { heading: 'Total', weight: 1, align: 'center' as const },
            ]
          : [{ heading: 'Open or closed', weight: 3 }]),
      ],
      rows: shortList.map((o): TableCellValue[] => {
        const name = o.baseline ? `${o.title} (${BASELINE_WORDS[o.baseline].toLowerCase()})` : o.title;
        if (!scored) return [name, o.open ? 'Open' : 'Closed'];
        const cells = appraisal.factors.map((f) => {
          const score = appraisal.scores.find((s) => s.optionId === o.id && s.factorId === f.id);
          return score ? String(score.score) : 'Not scored';
        });
        return [name, ...cells, String(totals.get(o.id)?.total ?? 0)];
      }),
    });
    if (!scored) blocks.push(paragraphBlock('The short-listed options have not been scored yet.'));
  }
  const preferred = appraisal.options.find((o) => o.id === appraisal.preferredOptionId);
  blocks.push(
    preferred
      ? {
          kind: 'paragraph',
          content: [
            { kind: 'text', text: 'Preferred option: ', bold: true },
            { kind: 'text', text: `${preferred.title}. ` },
            { kind: 'text', text: 'Why: ', bold: true },
            { kind: 'text', text: appraisal.preferredReason.trim() || 'No reason given yet.' },
          ],
        }
      : paragraphBlock('No option is preferred yet: the options stay open until the evidence settles them.'),
  );
  return blocks;
}

function discountWords(revision: CaseRevision): string {
  const schedule = revision.costs.discount;
  const bands = schedule.bands.map((b) =>
    b.toYear === null
      ? `${percentWords(b.ratePercent)} from year ${b.fromYear}`
      : `${percentWords(b.ratePercent)} for years ${b.fromYear} to ${b.toYear}`,
  );
  return `Present values count ${financialYear(revision.costs.baseYear)} as year 0 and use the ${schedule.name}: ${bands.join(', ')}. Source: ${schedule.source}${schedule.checked ? ` (checked on ${dateOrNot(schedule.checked)})` : ''}.`;
}

export function costsBlocks({ revision }: PartsContext): DocBlock[] {
  const plan = revision.costs;
  if (plan.lines.length === 0) return [paragraphBlock('No costs are recorded in this revision.')];
  const summary = costSummary(plan);
  const asked = gatePhase(revision.gate);
  const bias = summary.wholeLife;
  const beforeBase = plan.lines.filter((l) => l.year < plan.baseYear);
  const blocks: DocBlock[] = [
    paragraphBlock(
      `All figures are in pounds, before optimism bias unless the table says otherwise. The phase this case asks to fund (${PHASE_LABELS[asked].toLowerCase()}) should be firm; later phases are given as low, likely and high.`,
    ),
    {
      kind: 'table',
      caption: 'Costs by phase and financial year',
      columns: [
        { heading: 'Phase', weight: 2 },
        { heading: 'Financial year', weight: 3 },
        ...moneyColumns(),
        { heading: 'Firm or range', weight: 2 },
      ],
      rows: totalsByPhaseAndYear(plan.lines).map((row): TableCellValue[] => [
        PHASE_LABELS[row.phase],
        financialYear(row.year),
        ...moneyCells(row.range),
        isFirm(row.range) ? 'Firm' : 'Range',
      ]),
    },
    {
      kind: 'table',
      caption: 'Costs by phase',
      columns: [{ heading: 'Phase', weight: 3 }, ...moneyColumns(), { heading: 'Firm or range', weight: 3 }],
      rows: summary.byPhase.map((row): TableCellValue[] => [
        row.phase === asked ? `${PHASE_LABELS[row.phase]} (asked for now)` : PHASE_LABELS[row.phase],
        ...moneyCells(row.range),
        row.firm
          ? { text: 'Firm', tone: 'good' }
          : row.phase === asked
            ? { text: 'Range: should be firm', tone: 'warning' }
            : 'Range',
      ]),
    },
    {
      kind: 'table',
      caption: 'Cost lines',
      columns: [
        { heading: 'Cost', weight: 5 },
        { heading: 'Phase and year', weight: 3 },
        { heading: 'Type', weight: 2 },
        ...moneyColumns(),
      ],
      rows: plan.lines.map((l): TableCellValue[] => [
        l.description.trim() || 'Not described',
        `${PHASE_LABELS[l.phase]}, ${financialYear(l.year)}`,
        KIND_LABELS[l.kind],
        money(l.low),
        money(l.likely),
        money(l.high),
      ]),
    },
    {
      kind: 'table',
      caption: 'Capital and resource',
      columns: [{ heading: 'Type', weight: 3 }, ...moneyColumns()],
      rows: [
        ['Capital', ...moneyCells(summary.byKind.capital)],
        ['Resource', ...moneyCells(summary.byKind.resource)],
      ],
    },
    label('Optimism bias'),
    paragraphBlock(
      `The case applies an optimism bias uplift of ${percentWords(plan.optimismBiasPercent)} to low, likely and high alike, adding ${money(bias.uplift.likely)} to the likely whole-life cost. Why this figure: ${plan.optimismBiasBasis.trim() || 'no reason given yet.'}`,
    ),
    {
      kind: 'table',
      caption: 'Whole-life cost with optimism bias',
      columns: [{ heading: 'Whole-life cost', weight: 4 }, ...moneyColumns()],
      rows: [
        ['Base estimate', ...moneyCells(bias.base)],
        [`Optimism bias (${percentWords(plan.optimismBiasPercent)})`, ...moneyCells(bias.uplift)],
        [{ text: 'Whole-life cost with optimism bias' }, ...moneyCells(bias.uplifted)],
      ],
    },
    label('Present value'),
    paragraphBlock(discountWords(revision)),
    {
      kind: 'table',
      caption: 'Present value of costs',
      columns: [{ heading: 'Present value', weight: 4 }, ...moneyColumns()],
      rows: [
        ['Before optimism bias', ...moneyCells(summary.presentValue.base)],
        ['With optimism bias', ...moneyCells(summary.presentValue.uplifted)],
      ],
    },
  ];
  if (beforeBase.length > 0) {
    const spent = beforeBase.reduce<CostRange>(
      (t, l) => ({ low: t.low + l.low, likely: t.likely + l.likely, high: t.high + l.high }),
      { low: 0, likely: 0, high: 0 },
    );
    blocks.push(
      paragraphBlock(
        `Costs dated before ${financialYear(plan.baseYear)} are already spent and are not discounted: ${rangeWords(spent)}.`,
      ),
    );
  }
  return blocks;
}

export function benefitsBlocks({ revision }: PartsContext): DocBlock[] {
  if (revision.benefits.length === 0) return [paragraphBlock('No benefits are recorded in this revision.')];
  return [
    paragraphBlock('Benefits are hypotheses: each one says how it will be measured, from what baseline and when.'),
    {
      kind: 'table',
      caption: 'Benefits',
      columns: [
        { heading: 'Benefit', weight: 4 },
        { heading: 'Measure', weight: 3 },
        { heading: 'Baseline and target', weight: 3 },
        { heading: 'When measured', weight: 2 },
        { heading: 'Owner', weight: 2 },
        { heading: 'Cashable', weight: 2 },
      ],
      rows: revision.benefits.map((b): TableCellValue[] => [
        b.benefit,
        b.measure || 'Not set',
        `From: ${b.baseline || 'not measured yet'}\nTo: ${b.target || 'not set'}`,
        b.whenMeasured || 'Not set',
        b.owner || 'Not set',
        b.cashable ? 'Cashable' : 'Not cashable',
      ]),
    },
  ];
}

export function risksBlocks({ revision }: PartsContext): DocBlock[] {
  if (revision.risks.length === 0) return [paragraphBlock('No risks are recorded in this revision.')];
  return [
    {
      kind: 'table',
      caption: 'Risks',
      columns: [
        { heading: 'Risk', weight: 5 },
        { heading: 'Owner', weight: 2 },
        { heading: 'Response', weight: 5 },
        { heading: 'Review by', weight: 2 },
      ],
      rows: revision.risks.map((r): TableCellValue[] => [
        r.risk,
        r.owner || 'Not set',
        r.response || 'Not set',
        dateOrNot(r.reviewBy),
      ]),
    },
  ];
}

export function decisionsBlocks({ revision }: PartsContext): DocBlock[] {
  if (revision.decisions.length === 0) return [paragraphBlock('No decisions are recorded in this revision.')];
  return [
    {
      kind: 'table',
      caption: 'Decisions',
      columns: [
        { heading: 'Decision', weight: 5 },
        { heading: 'Made by', weight: 2 },
        { heading: 'Date', weight: 2 },
        { heading: 'Evidence', weight: 4 },
      ],
      rows: revision.decisions.map((d): TableCellValue[] => [
        d.decision,
        d.madeBy || 'Not set',
        dateOrNot(d.date),
        d.evidence || 'None given',
      ]),
    },
  ];
}

export function dependenciesBlocks({ revision }: PartsContext): DocBlock[] {
  if (revision.dependencies.length === 0) return [paragraphBlock('No dependencies are recorded in this revision.')];
  return [
    {
      kind: 'table',
      caption: 'Dependencies',
      columns: [
        { heading: 'Dependency', weight: 6 },
        { heading: 'Owner', weight: 3 },
        { heading: 'Needed by', weight: 2 },
      ],
      rows: revision.dependencies.map((d): TableCellValue[] => [
        d.dependency,
        d.owner || 'Not set',
        dateOrNot(d.neededBy),
      ]),
    },
  ];
}

/** The approval's decision with its conditions in words, for the document control table. */
export function approvalOutcome(approval: Approval): string {
  const decision = APPROVAL_DECISION_LABELS[approval.decision];
  if (approval.conditions.length === 0) return decision;
  const conditions = approval.conditions.map(
    (c) => `${c.text} (${c.done ? 'met' : `open, due ${dateOrNot(c.due, 'with no date')}`})`,
  );
  return `${decision}. Conditions: ${conditions.join('; ')}`;
}

/** "Departmental investment committee (route: central assurance)". */
export function approvalWho(approval: Approval): { name: string; role: string } {
  return {
    name: approval.body.trim() || APPROVAL_ROUTE_LABELS[approval.route],
    role: APPROVAL_ROUTE_LABELS[approval.route],
  };
}

export function approvalsBlocks({ revision }: PartsContext): DocBlock[] {
  if (revision.approvals.length === 0) return [paragraphBlock('No approvals are recorded in this revision.')];
  const conditions = revision.approvals.flatMap((a) => a.conditions.map((c) => ({ approval: a, condition: c })));
  const intro: DocInline[] = [
    {
      kind: 'text',
      text: 'Each approval the case needs and has had, by route. Conditions are actions with an owner and a due date.',
    },
  ];
  const blocks: DocBlock[] = [
    { kind: 'paragraph', content: intro },
    {
      kind: 'table',
      caption: 'Approvals',
      columns: [
        { heading: 'Approved by', weight: 4 },
        { heading: 'Route', weight: 3 },
        { heading: 'Date', weight: 2 },
        { heading: 'Decision', weight: 3 },
      ],
      rows: revision.approvals.map((a): TableCellValue[] => [
        approvalWho(a).name,
        APPROVAL_ROUTE_LABELS[a.route],
        dateOrNot(a.date, 'Not yet'),
        {
          text: APPROVAL_DECISION_LABELS[a.decision],
          tone:
            a.decision === 'approved'
              ? 'good'
              : a.decision === 'rejected'
                ? 'bad'
                : a.decision === 'pending'
                  ? 'neutral'
                  : 'warning',
        },
      ]),
    },
  ];
  if (conditions.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Approval conditions',
      columns: [
        { heading: 'Condition', weight: 5 },
        { heading: 'Set by', weight: 3 },
        { heading: 'Owner', weight: 3 },
        { heading: 'Due', weight: 2 },
        { heading: 'Met', weight: 2 },
      ],
      rows: conditions.map(({ approval, condition }): TableCellValue[] => [
        condition.text,
        approvalWho(approval).name,
        condition.owner || 'Not set',
        dateOrNot(condition.due),
        condition.done ? { text: 'Met', tone: 'good' } : { text: 'Not yet', tone: 'warning' },
      ]),
    });
  return blocks;
}
