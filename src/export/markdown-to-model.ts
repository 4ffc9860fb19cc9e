// Turns the Markdown body of a playbook guide into document blocks and sections: headings become
// nested sections (so they reach the contents and the outline), and paragraphs, bold, italic, links
// and bulleted and numbered lists become the model's own blocks. Raw HTML is dropped, never passed on.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Definition, List, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { DocBlock, DocInline, DocList, DocListItem, DocSection } from '../domain/document-model';
import { isSafeLink } from '../domain/rich-text';

/** A Markdown body as the document model sees it: blocks before the first heading, then sections. */
export interface MarkdownContent {
  blocks: DocBlock[];
  sections: DocSection[];
}

interface Format {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

type Definitions = Map<string, string>;

function collectDefinitions(node: Nodes, found: Definitions): Definitions {
  if (node.type === 'definition') {
    const definition: Definition = node;
    if (!found.has(definition.identifier)) found.set(definition.identifier, definition.url);
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, found);
  return found;
}

function textPiece(text: string, format: Format): DocInline {
  const piece: DocInline = { kind: 'text', text };
  if (format.bold) piece.bold = true;
  if (format.italic) piece.italic = true;
  if (format.href) piece.href = format.href;
  return piece;
}

function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && isSafeLink(url) ? url : undefined;
}

function phrasing(nodes: readonly PhrasingContent[], format: Format, definitions: Definitions): DocInline[] {
  return nodes.flatMap((node): DocInline[] => {
    switch (node.type) {
      case 'text':
        // A line break in the source is only a space to Markdown; a hard break is a `break` node.
        return [textPiece(node.value.replace(/\s*\n\s*/g, ' '), format)];
      case 'inlineCode':
        return [textPiece(node.value, format)];
      case 'break':
        return [textPiece('\n', format)];
      case 'strong':
        return phrasing(node.children, { ...format, bold: true }, definitions);
      case 'emphasis':
        return phrasing(node.children, { ...format, italic: true }, definitions);
      case 'link':
        return phrasing(node.children, { ...format, href: safeHref(node.url) ?? format.href }, definitions);
      case 'linkReference':
        return phrasing(
          node.children,
          { ...format, href: safeHref(definitions.get(node.identifier)) ?? format.href },
          definitions,
        );
      case 'image':
      case 'imageReference':
        return node.alt ? [textPiece(node.alt, format)] : [];
      case 'html':
        return [];
      default:
        return 'children' in node ? phrasing(node.children, format, definitions) : [];
    }
  });
}

/** Joins neighbouring pieces that look the same, and trims the ends of the run. */
function tidy(pieces: readonly DocInline[]): DocInline[] {
  const merged: DocInline[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.kind === 'text' &&
      piece.kind === 'text' &&
      last.bold === piece.bold &&
      last.italic === piece.italic &&
      last.href === piece.href
    )
      merged[merged.length - 1] = { ...last, text: last.text + piece.text };
    else merged.push(piece);
  }
  const first = merged[0];
  if (first?.kind === 'text') merged[0] = { ...first, text: first.text.trimStart() };
  const end = merged[merged.length - 1];
  if (end?.kind === 'text') merged[merged.length - 1] = { ...end, text: end.text.trimEnd() };
  return merged.filter((piece) => piece.kind !== 'text' || piece.text.length > 0);
}

/** The words of any block as one run of inline pieces (for what a list item or quote holds). */
function flatInline(node: RootContent, definitions: Definitions): DocInline[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return phrasing(node.children, {}, definitions);
    case 'code':
      return [textPiece(node.value, {})];
    case 'blockquote':
      return node.children.flatMap((child, index) => [
        ...(index > 0 ? [textPiece('\n', {})] : []),
        ...flatInline(child, definitions),
      ]);
    default:
      return [];
  }
}

function listItem(item: ListItem, definitions: Definitions): DocListItem {
  const lines: DocInline[][] = [];
  const nested: List[] = [];
  for (const child of item.children) {
    if (child.type === 'list') nested.push(child);
    else {
      const line = flatInline(child, definitions);
      if (line.length > 0) lines.push(line);
    }
  }
  const content = tidy(lines.flatMap((line, index) => [...(index > 0 ? [textPiece('\n', {})] : []), ...line]));
  const result: DocListItem = { content };
  const first = nested[0];
  if (first) {
    // Two lists in a row inside one item read as one list to a reader; keep them together.
    result.children = {
      kind: 'list',
      ordered: first.ordered ?? false,
      items: nested.flatMap((list) => list.children.map((child) => listItem(child, definitions))),
    };
  }
  return result;
}

function list(node: List, definitions: Definitions): DocList {
  return {
    kind: 'list',
    ordered: node.ordered ?? false,
    items: node.children.map((item) => listItem(item, definitions)),
  };
}

function blocks(node: RootContent, definitions: Definitions): DocBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const content = tidy(phrasing(node.children, {}, definitions));
      return content.length > 0 ? [{ kind: 'paragraph', content }] : [];
    }
    case 'list':
      return [list(node, definitions)];
    case 'blockquote':
      return node.children.flatMap((child) => blocks(child, definitions));
    case 'code':
      return node.value.trim().length > 0 ? [{ kind: 'paragraph', content: [textPiece(node.value, {})] }] : [];
    default:
      // Thematic breaks, definitions and raw HTML carry no words for the document.
      return [];
  }
}

interface OpenSection {
  level: number;
  section: DocSection;
}

/**
 * Maps a Markdown body (CommonMark) onto the document model. The shallowest heading level in the
 * body becomes a top-level section and deeper headings nest below it, so the outline never skips a
 * level. Links are kept only for web and email addresses; raw HTML and images never pass through
 * (an image keeps its description as text).
 */
export function markdownToModel(markdown: string): MarkdownContent {
  const root = fromMarkdown(markdown);
  const definitions = collectDefinitions(root, new Map());
  const depths = root.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
  const shallowest = depths.length > 0 ? Math.min(...depths) : 1;
  const result: MarkdownContent = { blocks: [], sections: [] };
  const open: OpenSection[] = [];
  for (const node of root.children) {
    if (node.type === 'heading') {
      const level = node.depth - shallowest + 1;
      while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= level) open.pop();
      const title = tidy(phrasing(node.children, {}, definitions))
        .map((piece) => (piece.kind === 'text' ? piece.text : ''))
        .join('')
        .trim();
      const section: DocSection = { title: title || 'Untitled section', blocks: [] };
      const parent = open[open.length - 1];
      if (parent) (parent.section.sections ??= []).push(section);
      else result.sections.push(section);
      open.push({ level, section });
      continue;
    }
    const target = open[open.length - 1]?.section.blocks ?? result.blocks;
    target.push(...blocks(node, definitions));
  }
  return result;
}
