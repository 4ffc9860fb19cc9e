// The plan chapters of the compliance map document: the integrated plan (or, while an ordering contradiction
// stands, the points that need a negotiated exception), the exceptions agreed, and the steps with no
// counterpart. Like the findings, they read the map and its analysis only.
import type { DocBlock, DocSection, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { ComplianceMap, MapException } from '../domain/compliance-map/map-model';
import { displayDate } from './display-text';
import { evidenceList, stepDays, type MapFindingsInput } from './compliance-map-findings';
import { days, plural, processTitle, stepName, stepWithProcess } from './compliance-map-words';

export function planSection({ map, analysis }: MapFindingsInput): DocSection {
  const plan = analysis.plan;
  if (!plan)
    return {
      title: 'Integrated plan',
      blocks: [
        paragraphBlock(
          'No single order of work satisfies every process while the ordering contradictions stand. Each point below needs a negotiated exception: both sides agree to set aside one of the rules in its loop.',
        ),
        {
          kind: 'list',
          ordered: false,
          items: analysis.cycles.map((cycle, index) => ({
            content: [
              {
                kind: 'text',
                text: `Contradiction ${index + 1}, between ${cycle.steps.map((ref) => stepWithProcess(map, ref)).join(', ')}: setting aside any one of its ${cycle.rules.length} rules would open the loop.`,
              },
            ],
          })),
        },
      ],
    };
  const saving = plan.sequentialDays - plan.days;
  return {
    title: 'Integrated plan',
    blocks: [
      paragraphBlock(
        `One order of work that satisfies every process. Steps in the same stage can run at the same time; steps the team linked as the same or equivalent are done once. The plan takes ${days(plan.days)} along its critical path, against ${days(plan.sequentialDays)} following the processes one after the other${saving > 0 ? `: ${days(saving)} fewer` : ''}.`,
      ),
      {
        kind: 'table',
        caption: 'Stages of the integrated plan',
        columns: [
          { heading: 'Stage', weight: 1, align: 'right' },
          { heading: 'Steps in this stage', weight: 7 },
          { heading: 'Longest step (days)', weight: 2, align: 'right' },
        ],
        rows: plan.stages.map((stage): TableCellValue[] => {
          const lines = stage.steps.map((node) => node.map((ref) => stepWithProcess(map, ref)).join(' with '));
          const longest = Math.max(0, ...stage.steps.flat().map((ref) => stepDays(map, ref)));
          return [stage.stage, { text: lines.join('\n'), bulleted: lines.length > 1 }, longest];
        }),
      },
      { kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text: 'Critical path', bold: true }] },
      {
        kind: 'list',
        ordered: true,
        items: plan.criticalPath.map((ref) => ({
          content: [{ kind: 'text', text: `${stepWithProcess(map, ref)}: ${days(stepDays(map, ref))}` }],
        })),
      },
    ],
  };
}

function waivedWords(map: ComplianceMap, exception: MapException): string {
  const waived = exception.waives;
  if (waived.type === 'dependency') {
    const ref = { processId: waived.processId, stepId: waived.stepId };
    const before = { processId: waived.processId, stepId: waived.dependsOn };
    return `In ${processTitle(map, waived.processId)}, ${stepName(map, before)} need not finish before ${stepName(map, ref)}.`;
  }
  const linkId = waived.linkId;
  const link = map.links.find((l) => l.id === linkId);
  if (!link) return 'A link that has since been removed.';
  return `${stepWithProcess(map, link.from)} need not come ${link.relation === 'must-follow' ? 'after' : 'before'} ${stepWithProcess(map, link.to)}.`;
}

export function exceptionsSection({ map, evidenceTitles }: MapFindingsInput): DocSection {
  if (map.exceptions.length === 0)
    return { title: 'Exceptions agreed', blocks: [paragraphBlock('No exceptions have been agreed.')] };
  return {
    title: 'Exceptions agreed',
    blocks: [
      {
        kind: 'table',
        caption: 'Exceptions agreed',
        columns: [
          { heading: 'Rule set aside', weight: 4 },
          { heading: 'Reason', weight: 4 },
          { heading: 'Agreed by', weight: 2 },
          { heading: 'Date', weight: 2 },
          { heading: 'Evidence', weight: 3 },
        ],
        rows: map.exceptions.map((e) => [
          waivedWords(map, e),
          e.reason.trim() || 'Not given',
          e.agreedBy.trim() || 'Not given',
          displayDate(e.agreedAt),
          evidenceList(e.evidenceIds, evidenceTitles),
        ]),
      },
    ],
  };
}

export function unmappedSection({ map, analysis }: MapFindingsInput): DocSection {
  const blocks: DocBlock[] = [];
  for (const process of map.processes) {
    const ids = analysis.unmapped[process.id] ?? [];
    if (ids.length === 0) continue;
    blocks.push({
      kind: 'paragraph',
      keepWithNext: true,
      content: [
        { kind: 'text', text: `${process.title} (${plural(ids.length, 'step', 'steps').toLowerCase()})`, bold: true },
      ],
    });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: ids.map((stepId) => ({
        content: [{ kind: 'text', text: stepName(map, { processId: process.id, stepId }) }],
      })),
    });
  }
  return {
    title: 'Steps with no counterpart',
    blocks:
      blocks.length === 0
        ? [paragraphBlock('Every step is linked to a step of another process.')]
        : [paragraphBlock('Steps only one process asks for: they go into the plan as they stand.'), ...blocks],
  };
}
