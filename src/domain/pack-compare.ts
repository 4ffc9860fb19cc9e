// What changed between two versions of a pack, template by template.
import type { Pack } from './pack';
import { diffTemplates, type TemplateDiff } from './pack-template-diff';

export type TemplateComparison =
  | { id: string; title: string; change: 'added' }
  | { id: string; title: string; change: 'removed' }
  | { id: string; title: string; change: 'unchanged'; diff: TemplateDiff }
  | { id: string; title: string; change: 'changed'; diff: TemplateDiff };

/** Compares every template of two versions of a pack, in the newer pack's order, removed ones last. */
export function comparePacks(before: Pack, after: Pack): TemplateComparison[] {
  const result: TemplateComparison[] = [];
  for (const template of after.templates) {
    const old = before.templates.find((t) => t.id === template.id);
    if (!old) {
      result.push({ id: template.id, title: template.title, change: 'added' });
      continue;
    }
    const diff = diffTemplates(old, template);
    result.push(
      diff.unchanged
        ? { id: template.id, title: template.title, change: 'unchanged', diff }
        : { id: template.id, title: template.title, change: 'changed', diff },
    );
  }
  for (const old of before.templates)
    if (!after.templates.some((t) => t.id === old.id)) result.push({ id: old.id, title: old.title, change: 'removed' });
  return result;
}
