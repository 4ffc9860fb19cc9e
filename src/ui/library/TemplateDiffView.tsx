// What changed between two versions of a template, in words, with the old and the new value of each
// changed field ("typical days: 30 → 45").
import type { ReactNode } from 'react';
import { fieldChangeText } from '../../domain/diff-values';
import type { ChangedItem, DiffItem, FieldChange, ItemListDiff, TemplateDiff } from '../../domain/pack-template-diff';

const NOUNS: Record<ItemListDiff['noun'], [string, string]> = {
  point: ['point', 'points'],
  level: ['level', 'levels'],
  category: ['category', 'categories'],
  dimension: ['dimension', 'dimensions'],
  section: ['section', 'sections'],
  step: ['step', 'steps'],
};

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  titles: 'titles in other languages',
  summary: 'summary',
  guidance: 'guidance',
  look_for: 'what assessors look for',
  evidence: 'examples of evidence',
  levels: 'level descriptions',
  label: 'label',
  checked: 'checked against its sources',
  superseded: 'superseded',
  rating_scale: 'rating scale',
  purpose: 'purpose',
  prompts: 'questions',
  structured: 'structured part',
  name: 'name',
  owner: 'owner',
  phase: 'phase',
  depends_on: 'steps it follows',
  duration_days: 'typical days',
  description: 'description',
  version: 'version',
  edition: 'edition',
  body: 'text of the guide',
  tags: 'tags',
  helps_with: 'what it helps with',
  side: 'side',
  organisation: 'organisation',
  phases: 'phases',
};

function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/_/g, ' ');
}

/** "title", "title and summary", "title, summary and guidance". */
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

function itemName(item: DiffItem): string {
  return item.parent ? `${item.title} (in ${item.parent})` : item.title;
}

type Level = 2 | 3;

function ItemList({
  heading,
  level,
  items,
  render,
}: {
  heading: string;
  level: Level;
  items: readonly DiffItem[];
  render?: (item: DiffItem) => ReactNode;
}) {
  if (items.length === 0) return null;
  const Heading = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <Heading className="template-diff__list-heading">{heading}</Heading>
      <ul className="list list--bullet">
        {items.map((item) => (
          <li key={`${item.parent ?? ''}/${item.id}`}>{render ? render(item) : itemName(item)}</li>
        ))}
      </ul>
    </>
  );
}

/** Each changed field as "name: old → new". */
function ValueChanges({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="list list--bullet template-diff__values">
      {changes.map((change) => (
        <li key={change.field}>{fieldChangeText(change, fieldName)}</li>
      ))}
    </ul>
  );
}

function changedItemText(item: DiffItem, changed: ChangedItem | undefined): ReactNode {
  const fields = (changed?.fields ?? []).map(fieldName);
  const line = fields.length === 0 ? itemName(item) : `${itemName(item)}: the ${listWords(fields)} changed`;
  return (
    <>
      {line}
      <ValueChanges changes={changed?.changes ?? []} />
    </>
  );
}

/** The changes to one template; `level` is the level of its heading on the page (2 or 3). */
export function TemplateDiffView({ diff, title, level = 3 }: { diff: TemplateDiff; title: string; level?: Level }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="template-diff" aria-label={`Changes to ${title}`}>
      <Heading className="template-diff__heading">
        {title}: {diff.versionBefore} to {diff.versionAfter}
      </Heading>
      {diff.unchanged && <p>Nothing changed.</p>}
      {diff.fields.filter((f) => f.field !== 'version').length > 0 && (
        <>
          <p>
            Changed:{' '}
            {diff.fields
              .filter((f) => f.field !== 'version')
              .map((f) => fieldName(f.field))
              .join(', ')}
            .
          </p>
          <ValueChanges changes={diff.fields.filter((f) => f.field !== 'version')} />
        </>
      )}
      {diff.items.map((list) => {
        const [one, many] = NOUNS[list.noun];
        return (
          <div key={list.noun}>
            <ItemList heading={`Added ${many}`} level={level} items={list.added} />
            <ItemList heading={`Removed ${many}`} level={level} items={list.removed} />
            <ItemList
              heading={`Changed ${many}`}
              level={level}
              items={list.changed}
              render={(item) =>
                changedItemText(
                  item,
                  list.changed.find((c) => c.id === item.id && c.parent === item.parent),
                )
              }
            />
            {list.reordered && <p>The order of the {many} changed.</p>}
            {list.added.length + list.removed.length + list.changed.length === 0 &&
              !list.reordered &&
              !diff.unchanged && <p className="muted">No {one} changed.</p>}
          </div>
        );
      })}
    </section>
  );
}
