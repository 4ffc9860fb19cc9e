// Field schemas shared by every part of a template pack: identifiers, versions, plain text of each length,
// web addresses and lists. Each check's message is the end of a sentence ("is longer than 300 characters");
// the pack reader puts the field's name in front of it.
import { z } from 'zod';
import { PHASES } from './project';
import { PACK_LIMITS } from './pack-limits';
import {
  IDENTIFIER_PATTERN,
  LANGUAGE_TAG_PATTERN,
  REFERENCE_PATTERN,
  SEMVER_PATTERN,
  hasVisibleText,
  plainTextProblem,
  webAddressProblem,
} from './pack-text';

const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/** An identifier of a pack, template or item. */
export const identifier = z
  .string()
  .max(PACK_LIMITS.maxIdLength, { error: `is longer than ${PACK_LIMITS.maxIdLength} characters` })
  .regex(IDENTIFIER_PATTERN, {
    error:
      'is not a valid identifier: use lowercase letters, digits, hyphens and dots, starting with a letter or digit',
  })
  // Ids become keys of records (a business case's sections, an assessment's ratings); these two names are
  // properties every JavaScript object already has, so they are kept out.
  .refine((id) => !RESERVED_IDENTIFIERS.has(id), {
    error: 'is a name Waymark keeps for itself ("constructor" and "prototype" cannot be used as ids)',
  })
  .describe('Lowercase letters, digits, hyphens and dots, starting with a letter or digit; 1 to 64 characters.');

/** A semantic version such as 1.0.0. */
export const semanticVersion = z
  .string()
  .max(64, { error: 'is longer than 64 characters' })
  .regex(SEMVER_PATTERN, { error: 'is not a version number like 1.0.0 (major.minor.patch)' })
  .describe('A semantic version, for example 1.0.0.');

/** A BCP 47 language tag such as en or en-GB. */
export const languageTag = z
  .string()
  .regex(LANGUAGE_TAG_PATTERN, { error: 'is not a language tag like en, en-GB or fr' })
  .describe('A BCP 47 language tag, for example en, en-GB or fr.');

/** Plain text of at most `max` characters: no HTML, no script addresses, no control characters. */
export function plainText(max: number, description: string) {
  return z
    .string()
    .min(1, { error: 'is empty' })
    .max(max, { error: `is longer than ${max} characters` })
    .superRefine((text, ctx) => {
      if (text.length > 0 && !hasVisibleText(text)) ctx.addIssue({ code: 'custom', message: 'is empty' });
      const problem = plainTextProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(`${description} Plain text (no HTML or Markdown), at most ${max} characters.`);
}

export const shortText = (description: string) => plainText(PACK_LIMITS.maxShortText, description);
export const summaryText = (description: string) => plainText(PACK_LIMITS.maxSummaryText, description);
export const longText = (description: string) => plainText(PACK_LIMITS.maxLongText, description);

/** A list of at most `max` items (the list limit unless a field sets a smaller one). */
export function list<T extends z.ZodType>(item: T, description: string, max: number = PACK_LIMITS.maxListItems) {
  return z
    .array(item)
    .max(max, { error: `has more than ${max} items` })
    .describe(description);
}

/** A list of short plain-text entries, such as evidence or prompts. */
export function textList(description: string) {
  return list(summaryText('One entry.'), description);
}

/** A web address: https, http or mailto only. */
export const webAddress = z
  .string()
  .superRefine((address, ctx) => {
    const problem = webAddressProblem(address);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A full web address starting with https://, http:// or mailto:.');

/** Titles in other languages, keyed by language tag. */
export const otherTitles = z
  .record(languageTag, shortText('The title in that language.'))
  .describe('The title in other languages, keyed by language tag, for example { fr: "Titre" }.');

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date written YYYY-MM-DD' })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    },
    { error: 'is not a real date' },
  )
  .describe('A date written YYYY-MM-DD, for example 2026-12-01.');

/** A delivery phase. */
export const phase = z.enum(PHASES).describe('A delivery phase: discovery, alpha, beta or live.');

/** Something to show or say per phase (each phase optional). */
export function perPhase(description: string) {
  return z
    .strictObject({
      discovery: textList('For discovery.').optional(),
      alpha: textList('For alpha.').optional(),
      beta: textList('For beta.').optional(),
      live: textList('For live.').optional(),
    })
    .describe(description);
}

/** A reference from a guide to a point, category or section. */
export const itemReference = z
  .string()
  .regex(REFERENCE_PATTERN, {
    error: 'is not a reference like pack-id/template-id#item-id or template-id#item-id',
  })
  .describe('<pack id>/<template id>#<item id>, or <template id>#<item id> for the same pack.');
