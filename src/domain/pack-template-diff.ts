// What changed between two versions of a template: items (points, levels, categories, dimensions, sections,
// steps) added, removed or changed (with the fields that changed), items moved, and changes to the
// template's own fields (title, version, summary, a guide's text ...). Pure; used to show people what an
// update brings before they accept it.
import type { PackTemplate } from './pack';
import { canonicalJson } from './pack-hash';

export type DiffItemNoun = 'point' | 'level' | 'category' | 'dimension' | 'section' | 'step';

/** One item as the diff names it: its id, its title (or name or label), and its parent for nested items. */
export interface DiffItem {
  id: string;
  title: string;
  parent?: string;
}

export interface ChangedItem extends DiffItem {
  /** The fields that differ, for example ["summary", "evidence"]. Nested lists are diffed separately. */
  fields: string[];
  /** The old and the new value of each of those fields, in the same order. */
  changes: FieldChange[];
}

/** The changes in one list of items of a template. */
export interface ItemListDiff {
  noun: DiffItemNoun;
  added: DiffItem[];
  removed: DiffItem[];
  changed: ChangedItem[];
  /** True when the items both versions share are in a different order. */
  reordered: boolean;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface TemplateDiff {
  id: string;
  kindBefore: PackTemplate['kind'];
  kindAfter: PackTemplate['kind'];
  versionBefore: string;
  versionAfter: string;
  /** Changes to the template's own fields (version included), in field name order. */
  fields: FieldChange[];
  /** One entry per list of items the templates have, empty lists of changes included. */
  items: ItemListDiff[];
  /** True when nothing at all differs. */
  unchanged: boolean;
}

type Row = Record<string, unknown>;

interface ListedItem {
  item: DiffItem;
  value: Row;
}

/** The item lists of a template, each item with the fields to compare (nested lists left out). */
function itemLists(template: PackTemplate): Map<DiffItemNoun, ListedItem[]> {
  const lists = new Map<DiffItemNoun, ListedItem[]>();
  const add = (noun: DiffItemNoun, item: DiffItem, value: Row) =>
    lists.set(noun, [...(lists.get(noun) ?? []), { item, value }]);
  switch (template.kind) {
    case 'standard':
      lists.set('point', []);
      for (const point of template.points) add('point', { id: point.id, title: point.title }, point);
      break;
    case 'maturity-model':
      lists.set('level', []).set('category', []).set('dimension', []);
      for (const level of template.levels) add('level', { id: level.id, title: level.label }, level);
      for (const { dimensions, ...category } of template.categories) {
        add('category', { id: category.id, title: category.title }, category);
        for (const dimension of dimensions ?? [])
          add('dimension', { id: dimension.id, title: dimension.title, parent: category.id }, dimension);
      }
      break;
    case 'business-case':
      lists.set('section', []);
      for (const { sections, ...section } of template.sections) {
        add('section', { id: section.id, title: section.title }, section);
        for (const sub of sections ?? []) add('section', { id: sub.id, title: sub.title, parent: section.id }, sub);
      }
      break;
    case 'process':
      lists.set('step', []);
      for (const step of template.steps) add('step', { id: step.id, title: step.name }, step);
      break;
    case 'guide':
    case 'crosswalk':
      // A crosswalk's links have no ids of their own, so they are compared as one field of the template.
      break;
  }
  return lists;
}

const ITEM_FIELDS = new Set(['points', 'levels', 'categories', 'sections', 'steps']);

/** The template's own fields: everything except its item lists. */
function ownFields(template: PackTemplate): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(template)) if (!ITEM_FIELDS.has(key)) row[key] = value;
  return row;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function changedFields(before: Row, after: Row): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((key) => !same(before[key], after[key]));
}

function diffList(noun: DiffItemNoun, before: ListedItem[], after: ListedItem[]): ItemListDiff {
  const key = (entry: ListedItem) => `${entry.item.parent ?? ''}/${entry.item.id}`;
  const beforeByKey = new Map(before.map((entry) => [key(entry), entry]));
  const afterKeys = new Set(after.map(key));
  const diff: ItemListDiff = { noun, added: [], removed: [], changed: [], reordered: false };
  for (const entry of after) {
    const old = beforeByKey.get(key(entry));
    if (!old) diff.added.push(entry.item);
    else {
      const fields = changedFields(old.value, entry.value);
      const changes = fields.map((field) => ({ field, before: old.value[field], after: entry.value[field] }));
      if (fields.length > 0) diff.changed.push({ ...entry.item, fields, changes });
    }
  }
  for (const entry of before) if (!afterKeys.has(key(entry))) diff.removed.push(entry.item);
  const sharedBefore = before.map(key).filter((k) => afterKeys.has(k));
  const sharedAfter = after.map(key).filter((k) => beforeByKey.has(k));
  diff.reordered = sharedBefore.some((k, i) => sharedAfter[i] !== k);
  return diff;
}

/**
 * Compares two versions of a template (normally the same id). Items are matched by id (nested items by
 * parent and id), so a renamed item shows as changed and a re-numbered one as removed and added.
 */
export function diffTemplates(before: PackTemplate, after: PackTemplate): TemplateDiff {
  const ownBefore = ownFields(before);
  const ownAfter = ownFields(after);
  const fields = changedFields(ownBefore, ownAfter).map((field) => ({
    field,
    before: ownBefore[field],
    after: ownAfter[field],
  }));
  const listsBefore = itemLists(before);
  const listsAfter = itemLists(after);
  const nouns = [...new Set([...listsBefore.keys(), ...listsAfter.keys()])];
  const items = nouns.map((noun) => diffList(noun, listsBefore.get(noun) ?? [], listsAfter.get(noun) ?? []));
  const itemsSame = items.every(
    (list) => list.added.length + list.removed.length + list.changed.length === 0 && !list.reordered,
  );
  return {
    id: after.id,
    kindBefore: before.kind,
    kindAfter: after.kind,
    versionBefore: before.version,
    versionAfter: after.version,
    fields,
    items,
    unchanged: fields.length === 0 && itemsSame,
  };
}
