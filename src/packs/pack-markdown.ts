// Reads a guide (guides/<id>.md): splits the YAML front matter from the Markdown body and checks the body.
// The body is kept as text and later rendered without raw HTML; here anything a renderer could turn into
// markup, script or a remote fetch is refused, with the line it is on.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { PACK_LIMITS } from '../domain/pack-limits';
import { findHtmlTag, hasControlCharacter, unsupportedCharacterProblem, webAddressProblem } from '../domain/pack-text';
import { firstXmlForbidden } from '../domain/xml-text';
import type { PackProblems } from './pack-problems';

/** A guide file split into its front matter and body, with the line the body starts on. */
export interface GuideParts {
  frontMatter: string;
  body: string;
  bodyLine: number;
}

/** Splits `---` front matter from the body. Records a problem and returns undefined when there is none. */
export function splitFrontMatter(text: string, file: string, problems: PackProblems): GuideParts | undefined {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    problems.add(file, 'line 1', 'the guide must start with front matter: a line "---", the fields, and another "---"');
    return undefined;
  }
  const close = lines.findIndex((line, index) => index > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  if (close < 0) {
    problems.add(file, 'line 1', 'the front matter is never closed; add a line "---" after its fields');
    return undefined;
  }
  return {
    frontMatter: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[^`\n]*?\1/g;
const INLINE_LINK = /(!?)\[[^\]\n]*\]\(\s*(<[^>\n]*>|[^\s)]*)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;
const SCRIPT_ADDRESS = /\b(?:javascript|vbscript|livescript)\s*:/i;
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

function linkProblem(destination: string): string | null {
  const address = destination.startsWith('<') && destination.endsWith('>') ? destination.slice(1, -1) : destination;
  if (address.startsWith('#')) return null;
  if (/&[#A-Za-z0-9]+;|\\|%[0-9A-Fa-f]{2}.*:/.test(address.split('?')[0] ?? address))
    return `the link "${address.slice(0, 60)}" hides characters in codes; write the address plainly`;
  const problem = webAddressProblem(address);
  return problem ? `the link "${address.slice(0, 60)}" ${problem}` : null;
}

/** The problems of one line of Markdown outside code: raw HTML, script addresses, images and bad links. */
function lineProblems(line: string): string[] {
  const found: string[] = [];
  const text = line.replace(CODE_SPAN, '');
  const tag = findHtmlTag(text);
  if (tag !== null) found.push(`the guide contains raw HTML ("${tag}"); use Markdown only`);
  if (SCRIPT_ADDRESS.test(text)) found.push('the guide contains a script address ("javascript:")');
  if (hasControlCharacter(text)) found.push('the guide contains a control character');
  if (DIRECTION_OVERRIDE.test(text)) found.push('the guide contains an invisible text-direction character');
  for (const match of text.matchAll(INLINE_LINK)) {
    if (match[1] === '!') found.push('the guide contains an image; guides may hold text and links only');
    else {
      const problem = linkProblem(match[2] ?? '');
      if (problem) found.push(problem);
    }
  }
  const definition = REFERENCE_DEFINITION.exec(text);
  if (definition) {
    const problem = linkProblem(definition[1] ?? '');
    if (problem) found.push(problem);
  }
  for (const match of text.matchAll(AUTOLINK)) {
    const problem = linkProblem(match[1] ?? '');
    if (problem) found.push(problem);
  }
  return found;
}

/**
 * Checks a guide's Markdown body. Fenced code blocks and code spans are shown as text by the renderer,
 * so HTML inside them is allowed; everywhere else it is refused. Records problems with line numbers.
 */
export function checkGuideBody(parts: GuideParts, file: string, problems: PackProblems): boolean {
  const before = problems.count;
  if (parts.body.length > PACK_LIMITS.maxGuideBody) {
    problems.add(file, '', `the guide's text is longer than ${PACK_LIMITS.maxGuideBody} characters`);
    return false;
  }
  const unsupported = firstXmlForbidden(parts.body);
  if (unsupported !== null) {
    problems.add(file, '', `the guide ${unsupportedCharacterProblem(unsupported)}`);
    return false;
  }
  if (!/\S/.test(parts.body)) {
    problems.add(file, `line ${parts.bodyLine}`, 'the guide has no text after its front matter');
    return false;
  }
  let fence: string | null = null;
  let headings = 0;
  let previousText = false;
  parts.body.split('\n').forEach((line, index) => {
    const lineNumber = parts.bodyLine + index;
    const opener = FENCE.exec(line.slice(0, 64))?.[1];
    if (fence !== null) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = null;
      return;
    }
    if (opener) {
      fence = opener;
      return;
    }
    // Counted cheaply here, before the Markdown is parsed: ATX headings, and setext underlines after text.
    if (ATX_HEADING.test(line) || (previousText && SETEXT_UNDERLINE.test(line))) headings += 1;
    previousText = /\S/.test(line);
    if (line.length > PACK_LIMITS.maxGuideLine) {
      problems.add(
        file,
        `line ${lineNumber}`,
        `the line is longer than ${PACK_LIMITS.maxGuideLine} characters; break it into paragraphs`,
      );
      return;
    }
    for (const message of lineProblems(line)) problems.add(file, `line ${lineNumber}`, message);
  });
  if (headings > PACK_LIMITS.maxGuideHeadings) {
    problems.add(
      file,
      '',
      `the guide has ${headings} headings, more than the ${PACK_LIMITS.maxGuideHeadings} allowed; split it into smaller guides`,
    );
    return false;
  }
  // The line checks catch what people write; the parsed tree catches what a Markdown parser would make of
  // anything the line patterns cannot see (nested brackets, escapes, definitions inside quotes).
  if (problems.count === before) treeProblems(parts, file, problems);
  return problems.count === before;
}

function treeProblems(parts: GuideParts, file: string, problems: PackProblems): void {
  const place = (node: Nodes) => `line ${parts.bodyLine + (node.position?.start.line ?? 1) - 1}`;
  const visit = (node: Nodes, depth: number): void => {
    if (depth > 64) {
      problems.add(file, place(node), 'the guide is nested too deeply');
      return;
    }
    if (node.type === 'html') problems.add(file, place(node), 'the guide contains raw HTML; use Markdown only');
    else if (node.type === 'image' || node.type === 'imageReference')
      problems.add(file, place(node), 'the guide contains an image; guides may hold text and links only');
    else if (node.type === 'link' || node.type === 'definition') {
      const problem = linkProblem(node.url);
      if (problem) problems.add(file, place(node), problem);
    }
    if ('children' in node) for (const child of node.children) visit(child, depth + 1);
  };
  visit(fromMarkdown(parts.body), 0);
}
