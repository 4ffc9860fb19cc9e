// The preview of a restore: what would be added, replaced, kept or removed, grouped, in plain words.
import type { RestoreAction, RestoreLine, RestorePlan, RestoreRecordKind } from '../../app/backup/restore-plan';

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

export function RestorePreview({ plan }: { plan: RestorePlan }) {
  const actions: RestoreAction[] = ['add', 'replace', 'keep', 'remove'];
  return (
    <div data-testid="restore-preview">
      {actions.map((action) => {
        const lines = plan.lines.filter((l) => l.action === action);
        if (lines.length === 0) return null;
        return (
          <section key={action} aria-labelledby={`restore-${action}`}>
            <h3 id={`restore-${action}`}>
              {HEADINGS[action]} ({lines.length})
            </h3>
            <ul className="list list--bullet">
              {lines.slice(0, 200).map((line) => (
                <li key={`${line.kind}:${line.key}`}>
                  {KINDS[line.kind]}: {label(line)} <span className="muted">({line.reason})</span>
                </li>
              ))}
              {lines.length > 200 && <li>and {lines.length - 200} more</li>}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
