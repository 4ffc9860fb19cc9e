// Checks a pack made in the app exactly as an imported pack is checked: it is written as files and read
// back with the pack reader. Problems become plain sentences tied to the form fields they are about, so
// that a save that would not validate shows what to fix next to each field and saves nothing.
import type { Pack, PackProblem } from '../../domain/pack';
import type { PackEntry } from '../../packs/pack-entries';
import { readPackEntries } from '../../packs/pack-reader';
import { writePackFiles } from '../../packs/pack-writer';
import type { ErrorItem } from '../components/ErrorSummary';

/** A problem with the form: the field it belongs to, the message next to it, and the line in the summary. */
export interface FormProblem {
  fieldId: string;
  message: string;
  summary: string;
}

export type OwnPackCheck = { ok: true; pack: Pack; files: PackEntry[] } | { ok: false; problems: FormProblem[] };

/** List fields edited as one text box (one entry per line): problems with an entry belong to the box. */
const LINE_LISTS = /(look_for|prompts)-(discovery|alpha|beta|live)-\d+$|(evidence|depends_on)-\d+$/;

const NOUNS: Record<string, string> = {
  points: 'Point',
  categories: 'Category',
  dimensions: 'Dimension',
  levels: 'Level',
  sections: 'Section',
  steps: 'Step',
  sources: 'Source',
};

const FIELD_WORDS: [RegExp, string][] = [
  [/\bduration_days\b/g, 'the duration'],
  [/\blook_for\b/g, 'what assessors look for'],
  [/\bdepends_on\b/g, 'what it depends on'],
  [/\bthe url\b/g, 'the web address'],
];

/** The id of the form field for a place in a template or manifest: `points[2].title` gives `tpl-points-2-title`. */
export function fieldIdFor(prefix: string, location: string): string {
  const path = location.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
  const field = path.replace(LINE_LISTS, (match) => match.replace(/-\d+$/, ''));
  return field ? `${prefix}-${field}` : prefix;
}

/** "Point 3", "Category 1, dimension 2" for a place such as `categories[0].dimensions[1].title`; empty at the top. */
export function placeLabel(location: string): string {
  const parts: string[] = [];
  for (const match of location.matchAll(/([a-z_]+)\[(\d+)\]/g)) {
    const noun = NOUNS[match[1] ?? ''];
    if (noun) parts.push(`${parts.length === 0 ? noun : noun.toLowerCase()} ${Number(match[2]) + 1}`);
  }
  if (parts.length === 0 && location.startsWith('levels.')) return '';
  return parts.join(', ');
}

/** A problem message as a sentence for people: field names in words, a capital letter first. */
export function sentence(message: string, location = ''): string {
  if (/\.levels\.[^.]+$/.test(location) && message.endsWith(' is empty')) return 'Describe what this level looks like';
  const empty = /^the ([a-z ]+) is empty$/.exec(message);
  if (empty && !empty[1]?.startsWith('list')) return `Enter the ${empty[1] ?? ''}`;
  const worded = FIELD_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
  return `${worded.charAt(0).toUpperCase()}${worded.slice(1)}`;
}

/** Turns the reader's problems into form problems. `prefixes` maps a file's path to its fields' id prefix. */
export function formProblems(problems: readonly PackProblem[], prefixes: (file: string) => string): FormProblem[] {
  return problems.map((problem) => {
    const message = sentence(problem.message, problem.location);
    const place = placeLabel(problem.location);
    return {
      fieldId: fieldIdFor(prefixes(problem.file), problem.location),
      message,
      summary: place ? `${place}: ${message}` : message,
    };
  });
}

/**
 * Writes a pack's files and checks them with the pack reader. Problems in pack.yaml get field ids starting
 * `pack-`, problems in the template being edited `tpl-`, and problems elsewhere in the pack `other-`.
 */
export function checkOwnPack(pack: Pack, templateId: string): OwnPackCheck {
  const files = writePackFiles(pack);
  const result = readPackEntries(files);
  if (result.ok) return { ok: true, pack: result.pack, files };
  const templateFile = files.find(
    (file) => file.path.replace(/^.*\//, '').replace(/\.(yaml|md)$/, '') === templateId && file.path !== 'pack.yaml',
  )?.path;
  const prefix = (file: string) => (file === 'pack.yaml' ? 'pack' : file === templateFile ? 'tpl' : 'other');
  return { ok: false, problems: formProblems(result.problems, prefix) };
}

/** The lines of an error summary, each linked to its field. */
export function summaryItems(problems: readonly FormProblem[]): ErrorItem[] {
  const seen = new Set<string>();
  return problems.flatMap((problem) => {
    const key = `${problem.fieldId}|${problem.summary}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ fieldId: problem.fieldId, message: problem.summary }];
  });
}

/** The message to show next to each field: the first problem for that field. */
export function fieldMessages(problems: readonly FormProblem[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const problem of problems) messages[problem.fieldId] ??= problem.message;
  return messages;
}

/** A field of a form with its current value and what to say when it is left empty. */
export interface NamedField {
  value: string;
  empty: string;
}

/**
 * Puts a form's own words on problems with fields left empty ("Enter a name for the pack" rather than the
 * format's "Enter the name"), and orders problems as the fields appear in `fields`; others follow.
 */
export function withFormWords(problems: readonly FormProblem[], fields: Record<string, NamedField>): FormProblem[] {
  const order = Object.keys(fields);
  const rank = (problem: FormProblem) => {
    const at = order.indexOf(problem.fieldId);
    return at < 0 ? order.length : at;
  };
  return problems
    .map((problem) => {
      const field = fields[problem.fieldId];
      return field && field.value.trim() === '' ? { ...problem, message: field.empty, summary: field.empty } : problem;
    })
    .sort((a, b) => rank(a) - rank(b));
}
