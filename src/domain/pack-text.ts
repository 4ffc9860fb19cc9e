// Rules for the text inside a template pack: identifiers, versions, language tags, web addresses and the
// plain-text rule (no HTML, no script addresses, no hidden control characters). Pack files are untrusted, so
// text that a browser could treat as markup or code is refused rather than cleaned.
import { PACK_LIMITS } from './pack-limits';
import { mailtoQueryProblem } from './safe-link';
import { firstXmlForbidden } from './xml-text';

/** Pack, template and item identifiers: lowercase letters, digits, hyphens and dots, starting with a letter or digit. */
export const IDENTIFIER_PATTERN = /^[a-z0-9][a-z0-9.-]{0,63}$/;

/** Semantic versions (https://semver.org), for example 1.0.0 or 2.1.0-beta.1. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** BCP 47 language tags in their common shapes: en, en-GB, fr-CA, zh-Hant-TW. */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

/** A reference from a guide: `<pack id>/<template id>#<item id>` or, within the same pack, `<template id>#<item id>`. */
export const REFERENCE_PATTERN =
  /^(?:([a-z0-9][a-z0-9.-]{0,63})\/)?([a-z0-9][a-z0-9.-]{0,63})#([a-z0-9][a-z0-9.-]{0,63})$/;

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!--|<!\[CDATA\[|<![A-Za-z]|<\?/;
const SCRIPT_ADDRESS = /\b(?:javascript|vbscript|livescript)\s*:/i;
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

/** True when a text holds a control character other than tab, line feed and carriage return. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

/** Finds the first HTML-like tag in a text and returns it as written (at most 30 characters), or null. */
export function findHtmlTag(text: string): string | null {
  const match = HTML_TAG.exec(text);
  if (!match) return null;
  const shown = text.slice(match.index, match.index + 30);
  const close = shown.indexOf('>');
  return close > 0 ? shown.slice(0, close + 1) : match[0];
}

/**
 * Checks a plain-text field. Returns null when the text is acceptable, or the end of a sentence saying
 * what is wrong ("contains an HTML tag ..."), for the caller to put after the field's name.
 */
export function plainTextProblem(text: string): string | null {
  const tag = findHtmlTag(text);
  if (tag !== null) return `contains HTML ("${tag}"); text here must be plain text`;
  if (SCRIPT_ADDRESS.test(text)) return 'contains a script address ("javascript:"); text here must be plain text';
  if (hasControlCharacter(text)) return 'contains a control character; remove it';
  const unsupported = firstXmlForbidden(text);
  if (unsupported !== null) return unsupportedCharacterProblem(unsupported);
  if (DIRECTION_OVERRIDE.test(text)) return 'contains an invisible text-direction character; remove it';
  return null;
}

/** The end of a sentence saying a text holds a character (U+XXXX) that Word documents cannot hold. */
export function unsupportedCharacterProblem(character: string): string {
  return `contains the character ${character}, which Word documents cannot hold; remove it`;
}

/** True when a text has something other than white space in it. */
export function hasVisibleText(text: string): boolean {
  return /\S/.test(text);
}

/**
 * Checks a web address given in a pack. Only http, https and mailto addresses are allowed.
 * Returns null when acceptable, or the end of a sentence saying what is wrong.
 */
export function webAddressProblem(address: string): string | null {
  if (address.length > PACK_LIMITS.maxUrlLength) return `is longer than ${PACK_LIMITS.maxUrlLength} characters`;
  if (/[\s<>"]/.test(address) || hasControlCharacter(address))
    return 'is not a valid web address (it has spaces or quotes in it)';
  const unsupported = firstXmlForbidden(address);
  if (unsupported !== null) return unsupportedCharacterProblem(unsupported);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'is not a full web address; write it in full, starting with https://';
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname ? null : 'has no site name';
  if (url.protocol === 'mailto:')
    return url.pathname.includes('@') ? mailtoQueryProblem(url) : 'is not a valid email address';
  return `uses "${url.protocol}", but only https, http and mailto addresses are allowed`;
}
