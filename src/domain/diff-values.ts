// The old and the new value of a changed field, in words a person can read next to each other:
// "typical days: 30 → 45". Long text is shortened; lists and per-phase prompts are written out.
import type { FieldChange } from './pack-template-diff';

/** How many characters of a long value are shown before it is cut with an ellipsis. */
export const VALUE_PREVIEW_LENGTH = 160;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > VALUE_PREVIEW_LENGTH ? `${flat.slice(0, VALUE_PREVIEW_LENGTH - 1).trimEnd()}…` : flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A field's value as plain text: "(none)" when absent, lists joined with semicolons, mappings as "key: value". */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return value.trim() === '' ? '(none)' : shorten(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : shorten(value.map(describeValue).join('; '));
  if (isRecord(value)) {
    const parts = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(([key, inner]) => `${key}: ${describeValue(inner)}`);
    return parts.length === 0 ? '(none)' : shorten(parts.join('; '));
  }
  return '(none)';
}

/** "typical days: 30 → 45", with the field named as `name` gives it. */
export function fieldChangeText(change: FieldChange, name: (field: string) => string): string {
  return `${name(change.field)}: ${describeValue(change.before)} → ${describeValue(change.after)}`;
}
