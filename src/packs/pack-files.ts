// Reads the individual files of a pack (the manifest, YAML templates, CSV processes and Markdown guides) into
// values that have passed the schema, recording every problem with its file and place.
import type { z } from 'zod';
import {
  PACK_FORMAT,
  TEMPLATE_SCHEMAS,
  guideFrontMatterSchema,
  packManifestSchema,
  processCsvMetaSchema,
  processSchema,
  type PackManifest,
  type PackTemplate,
  type TemplateKind,
} from '../domain/pack';
import type { CheckedTemplate } from './pack-checks';
import { parseCsv, stepsFromCsv } from './pack-csv';
import { decodePackText, type PackEntry } from './pack-entries';
import { reportSchemaIssues } from './pack-issues';
import { checkGuideBody, splitFrontMatter } from './pack-markdown';
import type { PackProblems } from './pack-problems';
import { parsePackYaml } from './pack-yaml';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readYamlRecord(entry: PackEntry, problems: PackProblems, what: string): Record<string, unknown> | undefined {
  const text = decodePackText(entry, problems);
  if (text === undefined) return undefined;
  const value = parsePackYaml({ file: entry.path, text }, problems);
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.add(
      entry.path,
      '',
      `the file must hold the ${what}'s fields (such as id: and title:), not a single value or a list`,
    );
    return undefined;
  }
  return value;
}

function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  rootNoun: string,
  problems: PackProblems,
): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  reportSchemaIssues(result.error, value, { file, rootNoun }, problems);
  return undefined;
}

/** Reads pack.yaml. An unknown format version is reported on its own, before any other field. */
export function readManifest(entry: PackEntry, problems: PackProblems): PackManifest | undefined {
  const value = readYamlRecord(entry, problems, 'manifest');
  if (!value) return undefined;
  const format = value.format;
  if (typeof format === 'string' && format !== PACK_FORMAT) {
    const later = /^waymark-pack\/\d+$/.test(format);
    problems.add(
      entry.path,
      'format',
      later
        ? `the pack uses the format "${format.slice(0, 40)}", which this version of Waymark cannot read (it reads ${PACK_FORMAT}); update Waymark`
        : `the format "${format.slice(0, 40)}" is not a Waymark pack format; use ${PACK_FORMAT}`,
    );
    return undefined;
  }
  return check(packManifestSchema, value, entry.path, 'manifest', problems);
}

/** The file name without its folder and extension: `standards/x.yaml` gives `x`. */
export function baseName(path: string, extension: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, name.length - extension.length);
}

function checkFileName(file: string, id: string, extension: string, problems: PackProblems): void {
  const name = baseName(file, extension);
  if (name !== id)
    problems.add(
      file,
      'id',
      `the id "${id}" does not match the file name; name the file ${id}${extension} or change the id to "${name}"`,
    );
}

/** Reads a YAML template whose folder allows the given kinds. */
export function readYamlTemplate(
  entry: PackEntry,
  kinds: readonly TemplateKind[],
  problems: PackProblems,
): CheckedTemplate | undefined {
  const value = readYamlRecord(entry, problems, 'template');
  if (!value) return undefined;
  const kind = kinds.find((k) => k === value.kind);
  if (!kind || kind === 'guide') {
    const found =
      value.kind === undefined ? 'has no kind' : `has the kind ${JSON.stringify(value.kind)?.slice(0, 40) ?? ''}`;
    problems.add(
      entry.path,
      'kind',
      `the template ${found}; files in this folder must have kind: ${kinds.join(' or ')}`,
    );
    return undefined;
  }
  const template: PackTemplate | undefined = check(TEMPLATE_SCHEMAS[kind], value, entry.path, 'template', problems);
  if (!template) return undefined;
  checkFileName(entry.path, template.id, '.yaml', problems);
  return { file: entry.path, template };
}

/** Turns an id such as central-digital-assurance into words: "Central digital assurance". */
function titleFromId(id: string): string {
  const words = id.replace(/[-.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reads a process given as CSV, with its optional `.meta.yaml`. The id comes from the file name; title,
 * version and side come from the meta file, or default to the name in words, the pack's version and "other".
 */
export function readCsvProcess(
  entry: PackEntry,
  meta: PackEntry | undefined,
  packVersion: string,
  problems: PackProblems,
): CheckedTemplate | undefined {
  const id = baseName(entry.path, '.csv');
  const text = decodePackText(entry, problems);
  const rows = text === undefined ? undefined : parseCsv(text, entry.path, problems);
  const steps = rows && stepsFromCsv(rows, entry.path, problems);
  let details: z.output<typeof processCsvMetaSchema> = {};
  if (meta) {
    const value = readYamlRecord(meta, problems, 'process');
    const checked = value && check(processCsvMetaSchema, value, meta.path, 'process details', problems);
    if (!checked) return undefined;
    details = checked;
  }
  if (!steps) return undefined;
  const raw = {
    id,
    kind: 'process',
    title: details.title ?? titleFromId(id),
    version: details.version ?? packVersion,
    side: details.side ?? 'other',
    ...(details.organisation !== undefined && { organisation: details.organisation }),
    ...(details.summary !== undefined && { summary: details.summary }),
    ...(details.titles !== undefined && { titles: details.titles }),
    ...(details.checked !== undefined && { checked: details.checked }),
    ...(details.superseded !== undefined && { superseded: details.superseded }),
    steps: steps.map((step) => step.step),
  };
  const place = (path: readonly PropertyKey[]): string => {
    const row = path[0] === 'steps' && typeof path[1] === 'number' ? steps[path[1]] : undefined;
    if (row) return `line ${row.line}`;
    return path[0] === 'id' ? '' : path.map(String).join('.');
  };
  const result = processSchema.safeParse(raw);
  if (!result.success) {
    reportSchemaIssues(result.error, raw, { file: entry.path, rootNoun: 'process', place }, problems);
    return undefined;
  }
  return { file: entry.path, template: result.data, place };
}

/** Reads a guide: YAML front matter checked by the schema, and a Markdown body checked line by line. */
export function readGuide(entry: PackEntry, problems: PackProblems): CheckedTemplate | undefined {
  const text = decodePackText(entry, problems);
  if (text === undefined) return undefined;
  const parts = splitFrontMatter(text, entry.path, problems);
  if (!parts) return undefined;
  const value = parsePackYaml({ file: entry.path, text: parts.frontMatter, lineOffset: 1 }, problems);
  const bodyOk = checkGuideBody(parts, entry.path, problems);
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.add(entry.path, 'line 2', "the front matter must hold the guide's fields (such as id: and title:)");
    return undefined;
  }
  const front = check(guideFrontMatterSchema, value, entry.path, 'guide', problems);
  if (!front || !bodyOk) return undefined;
  checkFileName(entry.path, front.id, '.md', problems);
  return { file: entry.path, template: { ...front, body: `${parts.body.replace(/^\n+/, '').trimEnd()}\n` } };
}
