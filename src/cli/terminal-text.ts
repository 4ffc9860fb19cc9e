// What the command line may print. Pack files, zip entry names and everything read from them are
// untrusted, and a terminal or a CI log acts on escape sequences it is sent (retitling the window,
// clearing the screen, hiding text), so every control character is shown as a visible escape, and
// very long values are cut with a marker rather than echoed whole.

/** Characters a terminal may act on or that change how text reads: C0, DEL, C1, line/paragraph separators, direction controls. */
// Control characters are exactly what this pattern exists to find, so the rule against them in patterns is off here.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The longest value, in characters, echoed from a file before it is cut. */
export const SHOWN_MAX = 200;

function escapeOne(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text made safe for a terminal: every unsafe character becomes a visible `\uXXXX`. Line breaks and
 * tabs are kept when `keepLayout` is true (for the command's own multi-line output).
 */
export function terminalSafe(text: string, keepLayout = false): string {
  return text.replace(UNSAFE, (char) => (keepLayout && (char === '\n' || char === '\t') ? char : escapeOne(char)));
}

/**
 * A value read from a file, as the command line shows it: on one line, control characters escaped,
 * and cut after `max` characters with a marker saying how much was left out.
 */
export function shown(value: string, max = SHOWN_MAX): string {
  const chars = Array.from(value);
  if (chars.length <= max) return terminalSafe(value);
  const left = chars.length - max;
  return `${terminalSafe(chars.slice(0, max).join(''))}\u2026 [${left} more ${left === 1 ? 'character' : 'characters'}]`;
}
