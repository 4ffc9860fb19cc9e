// Writes a pack as the files of the pack format: pack.yaml, standards/<id>.yaml, business-cases/<id>.yaml,
// processes/<id>.yaml and guides/<id>.md. The YAML is block style with fields in the order the format
// describes them and long text as block scalars, so that a pack made in the app reads well in a git diff and
// reads back (with readPackEntries) as the same pack.
import { Document, Scalar, visit } from 'yaml';
import type { Pack, PackManifest, PackTemplate } from '../domain/pack';
import { PHASES } from '../domain/project';
import type { PackEntry } from './pack-entries';

/** Fields in the order people expect to read them; fields not listed follow in their own order. */
const FIELD_ORDER = [
  'format',
  'id',
  'kind',
  'name',
  'title',
  'label',
  'titles',
  'version',
  'edition',
  'publisher',
  'side',
  'organisation',
  'owner',
  'phase',
  'summary',
  'description',
  'url',
  'licence',
  'language',
  'checked',
  'superseded',
  'date',
  'by',
  'note',
  'rating_scale',
  'values',
  'meaning',
  'overall',
  'purpose',
  'guidance',
  'look_for',
  'prompts',
  'structured',
  'evidence',
  'depends_on',
  'duration_days',
  'tags',
  'helps_with',
  'phases',
  'levels',
  'categories',
  'dimensions',
  'sections',
  'points',
  'steps',
  'sources',
];

const RANK = new Map(FIELD_ORDER.map((field, index) => [field, index]));
const PHASE_RANK = new Map<string, number>(PHASES.map((phase, index) => [phase, index]));

/** Mappings keyed by data rather than by field names: their keys keep their order (phases in phase order). */
const KEYED_BY_DATA = new Set(['titles', 'look_for', 'prompts', 'levels']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function rank(key: string, table: ReadonlyMap<string, number>): number {
  return table.get(key) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * A copy of a value with the fields of every object in reading order and empty optional values left out.
 * `field` is the name of the field holding the value, which tells a record of fields from a mapping of data.
 */
function arranged(value: unknown, field = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => arranged(item));
  if (!isRecord(value)) return value;
  const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
  if (KEYED_BY_DATA.has(field)) {
    const phases = field === 'look_for' || field === 'prompts';
    const ordered = phases ? [...entries].sort(([a], [b]) => rank(a, PHASE_RANK) - rank(b, PHASE_RANK)) : entries;
    return Object.fromEntries(ordered.map(([key, inner]) => [key, arranged(inner)]));
  }
  const ordered = [...entries].sort(([a], [b]) => rank(a, RANK) - rank(b, RANK));
  return Object.fromEntries(ordered.map(([key, inner]) => [key, arranged(inner, key)]));
}

/** Text longer than this is written as a folded block scalar, so that no line of the file runs on. */
const LONG_TEXT = 80;

/**
 * YAML text of a value: YAML 1.2, block style; text with line breaks as a literal block scalar (`|`) and long
 * single-line text as a folded one (`>`), so paragraphs read as written and quotes are never needed in them.
 */
export function packYaml(value: unknown): string {
  const doc = new Document(arranged(value), { version: '1.2', aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (node.value.length > LONG_TEXT && !/^\s|\s$/.test(node.value)) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40, indentSeq: true });
}

/** The path of a template's file inside its pack, by kind. */
export function templatePath(template: PackTemplate): string {
  switch (template.kind) {
    case 'standard':
    case 'maturity-model':
      return `standards/${template.id}.yaml`;
    case 'business-case':
      return `business-cases/${template.id}.yaml`;
    case 'process':
      return `processes/${template.id}.yaml`;
    case 'guide':
      return `guides/${template.id}.md`;
    case 'crosswalk':
      return `crosswalks/${template.id}.yaml`;
  }
}

/** The text of a template's file: YAML, or for a guide, YAML front matter then the Markdown body. */
export function templateFileText(template: PackTemplate): string {
  if (template.kind !== 'guide') return packYaml(template);
  const { body, ...frontMatter } = template;
  const text = body.replace(/^\n+/, '').trimEnd();
  return `---\n${packYaml(frontMatter)}---\n\n${text}\n`;
}

/** The text of pack.yaml. */
export function manifestFileText(manifest: PackManifest): string {
  return packYaml(manifest);
}

const encoder = new TextEncoder();

/**
 * The files of a pack, ready to store, zip or validate: pack.yaml first, then one file per template in the
 * pack's order. Writing does not validate; read the files back with readPackEntries to check them.
 */
export function writePackFiles(pack: Pack): PackEntry[] {
  return [
    { path: 'pack.yaml', bytes: encoder.encode(manifestFileText(pack.manifest)) },
    ...pack.templates.map((template) => ({
      path: templatePath(template),
      bytes: encoder.encode(templateFileText(template)),
    })),
  ];
}
