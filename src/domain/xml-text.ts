// The one rule for which characters a Word document can hold. XML 1.0 forbids most C0 controls,
// lone surrogates (left behind when text is cut in the middle of a character) and the non-characters
// U+FFFE and U+FFFF; one of them anywhere in any part makes Word and LibreOffice refuse the whole file.
// Pack rules and marking fields refuse these characters; the exports remove them from every string.

/**
 * Invisible characters that change the direction text is shown in (embeddings, overrides, isolates,
 * marks). Not forbidden by XML, but a short label such as a marking holding one can display as other words.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const DIRECTION_CONTROLS_ALL = new RegExp(DIRECTION_CONTROLS.source, 'g');

/** Whether a text holds an invisible direction control. */
export function hasDirectionControl(text: string): boolean {
  return DIRECTION_CONTROLS.test(text);
}

/** A text with its invisible direction controls removed. */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS_ALL, '');
}

/** Whether XML 1.0 can hold a character, by code point. */
export function xmlAllows(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** The first character of a text that XML cannot hold, written as U+XXXX, or null when there is none. */
export function firstXmlForbidden(text: string): string | null {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!xmlAllows(code)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

/** Text with the characters XML cannot hold removed; the same text when it has none. */
export function xmlSafeText(text: string): string {
  if (firstXmlForbidden(text) === null) return text;
  let out = '';
  for (const char of text) if (xmlAllows(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/**
 * The first `max` characters of a text, counting and cutting by whole characters (code points), so a
 * character outside the Basic Multilingual Plane (an emoji, a rare CJK character) is never split in two.
 */
export function cutByCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** The number of whole characters (code points) in a text. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _char of text) count += 1;
  return count;
}
