// Column widths of the kit's tables, chosen by content: every column at least as wide as its widest
// word, so Word never breaks a word mid-word ("Investmen t") in a wide table on a portrait page.
import { TEXT_WIDTH } from './styles';

/** The cell's left and right margins together, with a little to spare. */
const CELL_PADDING = 260;

/**
 * The width of a word of 10 pt table text in twentieths of a point, by the widths of the kit's
 * sans-serif font's letters (narrow i and l, wide m and w, capitals), plus a tenth for bold headings
 * and font differences.
 */
export function wordWidth(word: string): number {
  let width = 0;
  for (const char of word) {
    if (/[ijlI.,:;'!|]/.test(char)) width += 50;
    else if (/[ftr()\-/]/.test(char)) width += 70;
    else if (/[mwMW@]/.test(char)) width += 170;
    else if (/[A-Z]/.test(char)) width += 135;
    else width += 112;
  }
  return Math.ceil(width * 1.1);
}
/** The indent of a bulleted line in a cell (the list style's first level). */
const BULLET_INDENT = 397;
/** The most room a column claims for its longest word. */
const LONGEST_MINIMUM = Math.round(TEXT_WIDTH / 3);

/**
 * The narrowest width of each column for the text in it: its widest word (bulleted cells add the
 * list indent), measured with wordWidth. `texts[row][column]`; `bulleted` says which
 * columns have a bulleted cell.
 */
export function columnMinimums(
  texts: readonly (readonly string[])[],
  columns: number,
  bulleted: readonly boolean[] = [],
): number[] {
  return Array.from({ length: columns }, (_, c) => {
    // Word may break a line after a hyphen or a slash, so only the pieces between them must fit.
    const pieces = texts.flatMap((row) => (row[c] ?? '').split(/\s+|(?<=[-/\u2010\u2013])/));
    const longest = Math.max(0, ...pieces.map(wordWidth));
    // One very long word (an identifier, a run of letters pasted by mistake) must not take the whole page
    // and leave every other column a letter wide: past a third of the page such a word is broken anyway.
    return Math.min(longest + CELL_PADDING + (bulleted[c] ? BULLET_INDENT : 0), LONGEST_MINIMUM);
  });
}

/**
 * Column widths in twips that fill the text width in proportion to `weights`, raised where needed to
 * each column's minimum, taking the room from the columns above their own minimums. When the
 * minimums alone are wider than the page, they are scaled down together (a word then may break,
 * but every column keeps a share in proportion to its longest word).
 */
export function widths(weights: readonly number[], minimums: readonly number[] = []): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  let result = weights.map((weight) => (weight / total) * TEXT_WIDTH);
  const floor = weights.map((_, i) => minimums[i] ?? 0);
  const floorTotal = floor.reduce((sum, width) => sum + width, 0);
  if (floorTotal >= TEXT_WIDTH) result = floor.map((width) => (width / floorTotal) * TEXT_WIDTH);
  else
    for (let pass = 0; pass < weights.length; pass += 1) {
      const short = result.map((width, i) => width < (floor[i] ?? 0));
      if (!short.includes(true)) break;
      const fixed = result.map((width, i) => (short[i] ? (floor[i] ?? 0) : width));
      const needed = fixed.reduce((sum, width) => sum + width, 0) - TEXT_WIDTH;
      const spare = fixed.reduce((sum, width, i) => sum + (short[i] ? 0 : width - (floor[i] ?? 0)), 0);
      result = fixed.map((width, i) =>
        short[i] || spare <= 0 ? width : width - (needed * (width - (floor[i] ?? 0))) / spare,
      );
    }
  const rounded = result.map((width) => Math.floor(width));
  const rest = TEXT_WIDTH - rounded.reduce((sum, width) => sum + width, 0);
  if (rounded.length > 0) rounded[rounded.length - 1] = (rounded[rounded.length - 1] ?? 0) + rest;
  return rounded;
}
