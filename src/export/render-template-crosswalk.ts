// A crosswalk between two standards as a document: what it links, then one table of its links with the
// relation in words and the reason for each.
import type { DocBlock, DocSection } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import { RELATION_LABELS } from '../domain/compliance-map/map-model';
import type { CrosswalkTemplate } from '../domain/pack';

export function crosswalkSections(template: CrosswalkTemplate): { howTo: DocBlock[]; sections: DocSection[] } {
  const count = template.links.length;
  const howTo = [
    paragraphBlock(
      `The crosswalk has ${count} ${count === 1 ? 'link' : 'links'} from the points of ${template.from.template} to the points of ${template.to.template}. Each row reads from left to right: the first point, how it relates to the second, the second point and why.`,
    ),
  ];
  const links: DocSection = {
    title: 'Links',
    newPage: true,
    blocks: [
      {
        kind: 'table',
        caption: `Links from ${template.from.template} to ${template.to.template}`,
        columns: [
          { heading: 'From point', weight: 11 },
          { heading: 'Relation', weight: 17 },
          { heading: 'To point', weight: 11 },
          { heading: 'Why', weight: 62 },
        ],
        rows: template.links.map((link) => [link.from, RELATION_LABELS[link.relation], link.to, link.rationale]),
      },
    ],
  };
  return { howTo, sections: [links] };
}
