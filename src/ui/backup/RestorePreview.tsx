// The preview of a restore: what would be added, replaced, kept or removed, grouped, in plain words.
import {
  RESTORE_PART_LABELS,
  type RestoreAction,
  type RestoreLine,
  type RestorePlan,
  type RestoreRecordKind,
} from '../../app/backup/restore-plan';

const HEADINGS: Record<RestoreAction, string> = {
  add: 'Will be added',
  replace: 'Will be replaced by the copy in the backup',
  keep: 'Will be kept as they are here',
  remove: 'Will be removed',
};

const KINDS: Record<RestoreRecordKind, string> = {
  project: 'Project',
  evidence: 'Evidence',
  map: 'Compliance map',
  pack: 'Pack',
  setting: 'Setting',
};

const SETTING_NAMES: Record<string, string> = {
  defaultMarking: 'Default security marking',
  authorName: 'Your name',
};

function label(line: RestoreLine): string {
  return line.kind === 'setting' ? (SETTING_NAMES[line.key] ?? line.key) : line.label;
}

/** One row of the preview: a record of the workspace, or a part that goes with its project. */
interface PreviewRow {
  key: string;
  kind: string;
  label: string;
  reason: string;
}

function rowsFor(plan: RestorePlan, action: RestoreAction): PreviewRow[] {
  const records = plan.lines
    .filter((l) => l.action === action)
    .map((l) => ({ key: `${l.kind}:${l.key}`, kind: KINDS[l.kind], label: label(l), reason: l.reason }));
  const parts = plan.parts
    .filter((p) => p.action === action)
    .map((p) => ({ key: `${p.kind}:${p.key}`, kind: RESTORE_PART_LABELS[p.kind], label: p.label, reason: p.reason }));
  return [...records, ...parts];
}

export function RestorePreview({ plan }: { plan: RestorePlan }) {
  const actions: RestoreAction[] = ['add', 'replace', 'keep', 'remove'];
  return (
    <div data-testid="restore-preview">
      {actions.map((action) => {
        const rows = rowsFor(plan, action);
        if (rows.length === 0) return null;
        return (
          <section key={action} aria-labelledby={`restore-${action}`}>
            <h3 id={`restore-${action}`}>
              {HEADINGS[action]} ({rows.length})
            </h3>
            <ul className="list list--bullet">
              {rows.slice(0, 200).map((row) => (
                <li key={row.key}>
                  {row.kind}: {row.label} <span className="muted">({row.reason})</span>
                </li>
              ))}
              {rows.length > 200 && <li>and {rows.length - 200} more</li>}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
