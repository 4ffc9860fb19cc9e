// Table-shaped templates as one table each, for CSV: a checklist's points with empty columns for
// status, notes and evidence; a maturity model's categories and dimensions with columns to score;
// a process's steps. Business case templates and guides are documents, not tables.
import type { PackTemplate } from '../domain/pack';
import { PHASE_LABELS } from '../domain/project';
import type { CsvTable } from './render-csv';

function lines(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

/** The template as a table, or null for kinds that are not table-shaped. */
export function templateTable(template: PackTemplate): CsvTable | null {
  const name = `${template.id}-${template.version}`;
  switch (template.kind) {
    case 'standard':
      return {
        name,
        columns: ['Point', 'Title', 'Summary', 'Examples of evidence', 'Status', 'Notes', 'Evidence'],
        rows: template.points.map((p) => [p.id, p.title, p.summary, lines(p.evidence), '', '', '']),
      };
    case 'maturity-model': {
      const levels = template.levels;
      const rows: (string | number)[][] = [];
      for (const category of template.categories) {
        if (category.levels)
          rows.push([category.title, '', ...levels.map((l) => category.levels?.[l.id] ?? ''), '', '']);
        for (const dimension of category.dimensions ?? [])
          rows.push([category.title, dimension.title, ...levels.map((l) => dimension.levels[l.id] ?? ''), '', '']);
      }
      return {
        name,
        columns: ['Category', 'Dimension', ...levels.map((l) => l.label), 'Current level', 'Target level'],
        rows,
      };
    }
    case 'process': {
      const names = new Map(template.steps.map((s) => [s.id, s.name]));
      return {
        name,
        columns: ['Step id', 'Step', 'Owner', 'Phase', 'After', 'Typical days', 'Asks for', 'Description'],
        rows: template.steps.map((s) => [
          s.id,
          s.name,
          s.owner ?? '',
          s.phase ? PHASE_LABELS[s.phase] : '',
          (s.depends_on ?? []).map((id) => names.get(id) ?? id).join('; '),
          s.duration_days ?? '',
          lines(s.evidence),
          s.description ?? '',
        ]),
      };
    }
    case 'crosswalk':
      return {
        name,
        columns: ['From point', 'Relation', 'To point', 'Rationale'],
        rows: template.links.map((link) => [link.from, link.relation, link.to, link.rationale]),
      };
    case 'business-case':
    case 'guide':
      return null;
  }
}
