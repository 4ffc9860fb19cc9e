// Markdown export of a document, for teams who keep their records in git: front matter with the
// document's details, headings from the section nesting, pipe tables, lists, links and footnotes.
import { diffBudget, diffRichText } from '../domain/document-diff';
import type { DiffSegment } from '../domain/document-diff';
import type {
  DocBlock,
  DocInline,
  DocList,
  DocumentModel,
  DocSection,
  OtherLanguageText,
  TableCellValue,
} from '../domain/document-model';
import { DOCUMENT_STATUS_LABELS, cellText, normaliseMarking } from '../domain/document-model';
import type { RichTextBlock, RichTextInline } from '../domain/rich-text';
import { isSafeLink } from '../domain/rich-text';
import { coverDetails, displayDate } from './display-text';

/** Escapes characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function link(text: string, href: string | undefined): string {
  return href && isSafeLink(href) ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
}

class Notes {
  readonly lines: string[] = [];
  /** What the document's comparisons may still spend on aligning words, shared by all of them. */
  readonly diffBudget = diffBudget();
  add(text: string, href?: string): string {
    const id = this.lines.length + 1;
    this.lines.push(`[^${id}]: ${escapeMarkdown(text)}${href && isSafeLink(href) ? ` <${href}>` : ''}`);
    return `[^${id}]`;
  }
}

function wrap(text: string, bold?: boolean, italic?: boolean): string {
  if (text.trim().length === 0) return text;
  const inner = italic ? `_${text}_` : text;
  return bold ? `**${inner}**` : inner;
}

function richInline(content: readonly RichTextInline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '\\\n';
      const marks = node.marks ?? [];
      const href = marks.find((m) => m.type === 'link');
      const text = wrap(
        escapeMarkdown(node.text),
        marks.some((m) => m.type === 'bold'),
        marks.some((m) => m.type === 'italic'),
      );
      return href && href.type === 'link' ? link(text, href.attrs.href) : text;
    })
    .join('');
}

function docInline(content: readonly DocInline[], notes: Notes): string {
  return content
    .map((piece) =>
      piece.kind === 'footnote'
        ? notes.add(piece.text, piece.href)
        : link(wrap(escapeMarkdown(piece.text), piece.bold, piece.italic), piece.href),
    )
    .join('');
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\r?\n/g, ' ').trim()).join(' | ')} |`;
}

function pipeTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const pad = (row: readonly string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  return [
    pipeRow(pad(header)),
    pipeRow(Array.from({ length: width }, () => '---')),
    ...rows.map((row) => pipeRow(pad(row))),
  ].join('\n');
}

function richBlocks(blocks: readonly RichTextBlock[], level: number, indent = ''): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
        return block.content?.length ? [`${indent}${richInline(block.content)}`] : [];
      case 'heading':
        return [`${'#'.repeat(Math.min(6, level + block.attrs.level))} ${richInline(block.content)}`];
      case 'bulletList':
      case 'orderedList': {
        const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
        const lines = block.content.map((item, index) => {
          const marker = block.type === 'orderedList' ? `${start + index}. ` : '- ';
          const [first, ...rest] = richBlocks(item.content, level, `${indent}${' '.repeat(marker.length)}`);
          return [`${indent}${marker}${(first ?? '').trimStart()}`, ...rest].join('\n');
        });
        return [lines.join('\n')];
      }
      case 'table': {
        const rows = block.content.map((row) => row.content.map((cell) => richBlocks(cell.content, 6).join(' ')));
        const hasHeader = block.content[0]?.content.every((cell) => cell.type === 'tableHeader') ?? false;
        const header = hasHeader ? (rows[0] ?? []) : (rows[0] ?? []).map(() => ' ');
        return [pipeTable(header, hasHeader ? rows.slice(1) : rows)];
      }
    }
  });
}

function listLines(list: DocList, notes: Notes, indent = ''): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${index + 1}. ` : '- ';
      const children = item.children
        ? `\n${listLines(item.children, notes, `${indent}${' '.repeat(marker.length)}`)}`
        : '';
      return `${indent}${marker}${docInline(item.content, notes)}${children}`;
    })
    .join('\n');
}

function segmentText(segment: DiffSegment): string {
  const text = escapeMarkdown(segment.text);
  if (text.trim().length === 0 || segment.op === 'equal') return text;
  return segment.op === 'delete' ? `~~${text}~~` : `**${text}**`;
}

function cell(value: TableCellValue): string {
  const others =
    typeof value === 'object'
      ? (value.otherLanguages ?? []).map((other) => ` / _${escapeMarkdown(other.text)}_`).join('')
      : '';
  return escapeMarkdown(cellText(value)) + others;
}

function otherTitleLines(others: readonly OtherLanguageText[] | undefined): string[] {
  return (others ?? []).map((other) => `_${escapeMarkdown(other.text)}_`);
}

function blockLines(block: DocBlock, level: number, notes: Notes): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [docInline(block.content, notes)];
    case 'richText':
      return richBlocks(block.content.content, level);
    case 'table':
      return [
        ...(block.caption ? [`**${escapeMarkdown(block.caption)}**`] : []),
        pipeTable(
          block.columns.map((c) => escapeMarkdown(c.heading)),
          block.rows.map((row) => row.map(cell)),
        ),
      ];
    case 'list':
      return [listLines(block, notes)];
    case 'image':
      return [`_${escapeMarkdown(block.caption ? `${block.caption}: ${block.altText}` : `Image: ${block.altText}`)}_`];
    case 'chart':
      return [`_${escapeMarkdown(block.caption ? `${block.caption}: ${block.altText}` : `Chart: ${block.altText}`)}_`];
    case 'comparison':
      return [
        '_Removed text is struck through; added text is in bold._',
        ...diffRichText(block.before, block.after, notes.diffBudget).map((diff) =>
          diff.kind === 'table'
            ? pipeTable(
                [],
                diff.rows.map((row) => row.map((c) => c.segments.map(segmentText).join(''))),
              )
            : diff.segments.map(segmentText).join(''),
        ),
      ];
    case 'pageBreak':
      return [];
  }
}

function sectionLines(section: DocSection, depth: number, notes: Notes): string[] {
  const level = Math.min(6, depth + 1);
  return [
    `${'#'.repeat(level)} ${escapeMarkdown(section.title)}`,
    ...otherTitleLines(section.otherTitles),
    ...section.blocks.flatMap((block) => blockLines(block, level, notes)),
    ...(section.sections ?? []).flatMap((child) => sectionLines(child, depth + 1, notes)),
  ];
}

function frontMatter(model: DocumentModel): string {
  const meta = model.meta;
  const fields: [string, string | undefined][] = [
    ['title', meta.title],
    ['project', meta.project],
    ['department', meta.department],
    ['phase', meta.phase],
    ['version', meta.version],
    ['date', meta.date],
    ['author', meta.author],
    ['status', DOCUMENT_STATUS_LABELS[meta.status]],
    ['classification', normaliseMarking(meta.marking)],
    ['language', meta.language],
  ];
  const lines = fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...lines, '---'].join('\n');
}

/** The Markdown text of a document, with its details as front matter and footnotes at the end. */
export function markdownText(model: DocumentModel): string {
  const notes = new Notes();
  const meta = model.meta;
  const parts = [
    frontMatter(model),
    `**${escapeMarkdown(normaliseMarking(meta.marking))}**${meta.status === 'draft' ? ' DRAFT' : ''}`,
    `# ${escapeMarkdown(meta.title)}`,
    ...otherTitleLines(meta.otherTitles),
    ...(meta.subtitle ? [`_${escapeMarkdown(meta.subtitle)}_`] : []),
    pipeTable(
      ['Detail', 'Value'],
      coverDetails(meta).map(([label, value]) => [label, escapeMarkdown(value)]),
    ),
  ];
  if (model.control) {
    parts.push(
      '## Document control',
      '### Version history',
      pipeTable(
        ['Version', 'Date', 'Author', 'Summary of change'],
        model.control.history.map((e) => [e.version, displayDate(e.date), e.author, e.summary].map(escapeMarkdown)),
      ),
      '### Approvals',
      pipeTable(
        ['Name', 'Role', 'Date', 'Outcome'],
        model.control.approvals.map((a) =>
          [a.name, a.role, displayDate(a.date), a.outcome ?? (a.date ? 'Approved' : 'Awaiting approval')].map(
            escapeMarkdown,
          ),
        ),
      ),
    );
  }
  parts.push(...model.sections.flatMap((section) => sectionLines(section, 1, notes)));
  if (notes.lines.length > 0) parts.push(notes.lines.join('\n'));
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}

/** The bytes of the Markdown file, UTF-8 encoded. */
export function renderMarkdown(model: DocumentModel): Uint8Array {
  return new TextEncoder().encode(markdownText(model));
}
