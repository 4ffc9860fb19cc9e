// Renders any template of a pack as a document model: the cover, document control and contents that
// every export has, an "About" section naming the template and its version, the body for the
// template's kind (checklist, scoring sheet, blank business case, process or guide), and the sources
// and licence. Pure: the CLI writes the result with renderDocx, the app sends it through the export worker.
import type { DocBlock, DocSection, DocTable, DocumentModel, DocumentStatus } from '../domain/document-model';
import { normaliseMarking, paragraphBlock } from '../domain/document-model';
import type { Pack, PackTemplate } from '../domain/pack';
import type { Phase } from '../domain/project';
import { PHASE_LABELS } from '../domain/project';
import { businessCaseSections } from './render-template-business-case';
import { crosswalkSections } from './render-template-crosswalk';
import { guideSections } from './render-template-guide';
import { maturitySections } from './render-template-maturity';
import { otherTitles } from './render-template-parts';
import { processSections } from './render-template-process';
import { sourcesSection } from './render-template-sources';
import { standardSections } from './render-template-standard';
import type { ReferenceResolver } from './template-references';

export interface TemplateRenderOptions {
  /** ISO date (yyyy-mm-dd) the document is dated. */
  date: string;
  /** Classification marking for every header and footer; OFFICIAL when left out. */
  marking?: string;
  /** For review when left out. */
  status?: DocumentStatus;
  /**
   * Only this phase's prompts (business case) or assessors' points (standard); every phase,
   * grouped by phase, when left out. Other kinds have nothing per phase.
   */
  phase?: Phase;
  /**
   * Names an item of another pack that a guide helps with, from its reference
   * ("pack-id/template-id#item-id"); undefined when it does not know the pack. References within
   * the rendered pack are named without it.
   */
  resolveReference?: ReferenceResolver;
  /**
   * The person making the document ("Your name" in Settings), written as its author. The pack's publisher
   * wrote the template, not this document, so with no name given the document names no author at all.
   */
  author?: string;
}

/** A template cannot be rendered as asked (not in the pack, or no such phase); the message is one sentence. */
export class TemplateRenderError extends Error {
  override name = 'TemplateRenderError';
}

/** What each kind of template becomes, as the cover's subtitle says it. */
export const TEMPLATE_DOCUMENT_KINDS: Record<PackTemplate['kind'], string> = {
  standard: 'Checklist',
  'maturity-model': 'Maturity scoring sheet',
  'business-case': 'Business case template',
  process: 'Process',
  guide: 'Guide',
  crosswalk: 'Crosswalk between standards',
};

const ABOUT_TITLES: Record<PackTemplate['kind'], string> = {
  standard: 'About this checklist',
  'maturity-model': 'About this scoring sheet',
  'business-case': 'About this business case template',
  process: 'About this process',
  guide: 'About this guide',
  crosswalk: 'About this crosswalk',
};

/** The kinds that have something to show per phase. */
export const PHASED_KINDS: readonly PackTemplate['kind'][] = ['standard', 'business-case'];

/** The template with this id, if the pack has one. */
export function findTemplate(pack: Pack, templateId: string): PackTemplate | undefined {
  return pack.templates.find((template) => template.id === templateId);
}

/** A file name for the rendered template that says which template and version it came from. */
export function templateFileName(template: Pick<PackTemplate, 'id' | 'version'>): string {
  return `${template.id}-${template.version}.docx`;
}

function detailsTable(rows: readonly [string, string | undefined][]): DocTable {
  return {
    kind: 'table',
    caption: 'Where this document comes from',
    columns: [
      { heading: 'Detail', weight: 1 },
      { heading: 'Value', weight: 3 },
    ],
    rows: rows
      .filter((row): row is [string, string] => typeof row[1] === 'string' && row[1].length > 0)
      .map((row) => [...row]),
  };
}

function kindDetails(template: PackTemplate, options: TemplateRenderOptions): [string, string | undefined][] {
  switch (template.kind) {
    case 'standard':
      return [
        ['Edition of the standard', template.edition],
        ['Phase shown', options.phase ? PHASE_LABELS[options.phase] : 'All phases'],
      ];
    case 'business-case':
      return [
        ['Phases covered', template.phases.map((phase) => PHASE_LABELS[phase]).join(', ')],
        ['Phase shown', options.phase ? PHASE_LABELS[options.phase] : 'All phases'],
      ];
    case 'process':
      return [
        ['Organisation', template.organisation],
        ['Whose process', { central: 'Central', departmental: 'Departmental', other: 'Other' }[template.side]],
      ];
    case 'guide':
      return [['Topics', template.tags?.join(', ')]];
    case 'maturity-model':
      return [['Levels', template.levels.map((level) => level.label).join(', ')]];
    case 'crosswalk':
      return [
        ['From', `${template.from.template} (pack ${template.from.pack})`],
        ['To', `${template.to.template} (pack ${template.to.pack})`],
      ];
  }
}

function aboutSection(
  pack: Pack,
  template: PackTemplate,
  options: TemplateRenderOptions,
  howTo: DocBlock[],
): DocSection {
  const { manifest } = pack;
  const summary = template.summary ? [paragraphBlock(template.summary)] : [];
  return {
    title: ABOUT_TITLES[template.kind],
    blocks: [
      ...summary,
      detailsTable([
        ['Template', template.title],
        ['Template id', template.id],
        ['Template version', template.version],
        ['Pack', `${manifest.name} (${manifest.id}), version ${manifest.version}`],
        ['Publisher', manifest.publisher],
        ...kindDetails(template, options),
      ]),
      ...howTo,
    ],
  };
}

function bodyFor(
  pack: Pack,
  template: PackTemplate,
  options: TemplateRenderOptions,
): { howTo: DocBlock[]; sections: DocSection[] } {
  switch (template.kind) {
    case 'standard':
      return standardSections(template, options.phase, pack.manifest.language);
    case 'maturity-model':
      return maturitySections(template);
    case 'business-case':
      return businessCaseSections(template, options.phase);
    case 'process':
      return processSections(template);
    case 'guide':
      return guideSections(template, pack, options.resolveReference);
    case 'crosswalk':
      return crosswalkSections(template);
  }
}

function checkPhase(template: PackTemplate, phase: Phase | undefined): void {
  if (!phase) return;
  if (!PHASED_KINDS.includes(template.kind))
    throw new TemplateRenderError(
      `a phase can be chosen only for a standard or a business case, and ${template.id} is a ${TEMPLATE_DOCUMENT_KINDS[template.kind].toLowerCase()}.`,
    );
  if (template.kind === 'business-case' && !template.phases.includes(phase))
    throw new TemplateRenderError(
      `the template ${template.id} has no prompts for ${phase}; it covers ${template.phases.join(', ')}.`,
    );
}

/**
 * The document model of one template of a pack, ready for renderDocx or the export worker. Throws a
 * TemplateRenderError when the pack has no template with that id, or the phase does not apply.
 * The template's id and version are recorded on the document control page, in the "About"
 * section and in the document's keywords, so a reader knows which version it came from.
 */
export function renderTemplateDocument(pack: Pack, templateId: string, options: TemplateRenderOptions): DocumentModel {
  const template = findTemplate(pack, templateId);
  if (!template) {
    const ids = pack.templates.map((t) => t.id).join(', ');
    throw new TemplateRenderError(
      `the pack ${pack.manifest.id} has no template ${templateId}; its templates are ${ids}.`,
    );
  }
  checkPhase(template, options.phase);
  const { manifest } = pack;
  const kind = TEMPLATE_DOCUMENT_KINDS[template.kind];
  const origin = `the template ${template.id} version ${template.version}, from the pack ${manifest.id} version ${manifest.version}`;
  const body = bodyFor(pack, template, options);
  const titles = otherTitles(template.titles, manifest.language);
  const author = options.author?.trim() ?? '';
  return {
    meta: {
      title: template.title,
      ...(titles.length > 0 ? { otherTitles: titles } : {}),
      subtitle: options.phase ? `${kind}: ${PHASE_LABELS[options.phase].toLowerCase()} phase` : kind,
      phase: options.phase ? PHASE_LABELS[options.phase] : undefined,
      version: template.version,
      date: options.date,
      author,
      status: options.status ?? 'for-review',
      marking: normaliseMarking(options.marking ?? 'OFFICIAL'),
      language: manifest.language,
      subject: kind,
      keywords: [
        `template ${template.id}`,
        `template version ${template.version}`,
        `pack ${manifest.id}`,
        `pack version ${manifest.version}`,
        template.kind,
      ],
      description: `Made from ${origin}.`,
    },
    control: {
      history: [{ version: template.version, date: options.date, author, summary: `Made from ${origin}.` }],
      approvals: [],
      blankApprovalRows: 3,
    },
    contents: true,
    sections: [aboutSection(pack, template, options, body.howTo), ...body.sections, sourcesSection(manifest)],
  };
}
