// The changes between two versions of a pack, template by template.
import type { Pack } from '../../domain/pack';
import { comparePacks } from '../../domain/pack-compare';
import { TemplateDiffView } from './TemplateDiffView';

export function PackComparison({ before, after }: { before: Pack; after: Pack }) {
  const comparison = comparePacks(before, after);
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
        return <TemplateDiffView key={c.id} diff={c.diff} title={c.title} />;
      })}
    </div>
  );
}
