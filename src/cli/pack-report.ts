// What `waymark pack ...` prints: a plain summary of a valid pack, the list of problems of an invalid one,
// and the single JSON object of `--json`.
import { shown } from './terminal-text';
import { formatPackProblem, templateItemCount, type Pack, type PackProblem, type PackTemplate } from '../domain/pack';

/** The JSON printed by `waymark pack validate --json` (documented in docs/pack-format.md). */
export interface PackValidationJson {
  ok: boolean;
  pack: {
    id: string;
    name: string;
    version: string;
    templates: { id: string; kind: string; title: string; version: string; items: number }[];
  } | null;
  problems: PackProblem[];
}

/** Builds the `--json` object from a validation outcome. */
export function validationJson(pack: Pack | null, problems: readonly PackProblem[]): PackValidationJson {
  return {
    ok: pack !== null && problems.length === 0,
    pack: pack && {
      id: pack.manifest.id,
      name: pack.manifest.name,
      version: pack.manifest.version,
      templates: pack.templates.map((t) => ({
        id: t.id,
        kind: t.kind,
        title: t.title,
        version: t.version,
        items: templateItemCount(t),
      })),
    },
    problems: [...problems],
  };
}

const ITEM_NOUNS: Record<PackTemplate['kind'], [string, string]> = {
  standard: ['point', 'points'],
  'maturity-model': ['category', 'categories'],
  'business-case': ['section', 'sections'],
  process: ['step', 'steps'],
  guide: ['guide', 'guides'],
  crosswalk: ['link', 'links'],
};

/** "14 points", "1 step". */
export function itemCountText(template: PackTemplate): string {
  const count = templateItemCount(template);
  const [one, many] = ITEM_NOUNS[template.kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** The human summary of a valid pack: its name and version, then one line per template. */
export function packSummaryText(pack: Pack): string {
  const { manifest } = pack;
  const lines = [
    `Valid pack: ${shown(manifest.name)} (${manifest.id}), version ${manifest.version}, ${pack.templates.length} ${pack.templates.length === 1 ? 'template' : 'templates'}:`,
  ];
  const kindWidth = Math.max(...pack.templates.map((t) => t.kind.length));
  for (const template of pack.templates)
    lines.push(
      `  ${template.kind.padEnd(kindWidth)}  ${template.id} ${template.version}: ${shown(template.title)} (${itemCountText(template)})`,
    );
  return lines.join('\n');
}

/** The human list of problems: a count, then one line per problem naming file, place and reason. */
export function problemsText(source: string, problems: readonly PackProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `The pack at ${shown(source)} is not valid (${count}):`,
    ...problems.map(
      (problem) =>
        `  ${formatPackProblem({ file: shown(problem.file, 120), location: shown(problem.location, 60), message: shown(problem.message, 400) })}`,
    ),
  ].join('\n');
}
