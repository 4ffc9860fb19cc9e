// The changes between two versions of a pack, template by template.
import type { Pack } from '../../domain/pack';
import { comparePacks } from '../../domain/pack-compare';
import { TemplateDiffView } from './TemplateDiffView';

/** Order of the list: what changed first, then new and removed templates, then those with no change. */
const ORDER: Record<string, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };

/** The changes between two versions; `level` is the heading level for each changed template (2 or 3). */
export function PackComparison({ before, after, level = 3 }: { before: Pack; after: Pack; level?: 2 | 3 }) {
  const comparison = [...comparePacks(before, after)].sort((a, b) => (ORDER[a.change] ?? 0) - (ORDER[b.change] ?? 0));
  return (
    <div className="pack-comparison">
      {comparison.map((c) => {
        if (c.change === 'added')
          return (
            <p key={c.id}>
              <strong className="tag tag--live">New template</strong> {c.title}
            </p>
          );
        if (c.change === 'removed')
          return (
            <p key={c.id}>
              <strong className="tag tag--alpha">Removed template</strong> {c.title}
            </p>
          );
        if (c.change === 'unchanged')
          return (
            <p key={c.id}>
              <strong className="tag tag--grey">No change</strong> {c.title}
            </p>
          );
        return <TemplateDiffView key={c.id} diff={c.diff} title={c.title} level={level} />;
      })}
    </div>
  );
}
