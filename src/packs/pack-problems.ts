// Collects the problems found while reading a pack, keeps their number bounded, and turns positions in a
// file into the places people read ("line 12") and the paths they edit ("points[3].title").
import type { PackProblem } from '../domain/pack';
import { PACK_LIMITS } from '../domain/pack-limits';

/** The problems found in one pack, capped at PACK_LIMITS.maxProblems; further ones are only counted. */
export class PackProblems {
  private readonly items: PackProblem[] = [];
  private dropped = 0;

  /** Records one problem. `file` is the path inside the pack, or empty for the pack as a whole. */
  add(file: string, location: string, message: string): void {
    if (this.items.length < PACK_LIMITS.maxProblems) this.items.push({ file, location, message });
    else this.dropped += 1;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** The problems in the order found, with a closing line when some were left out. */
  list(): PackProblem[] {
    if (this.dropped === 0) return [...this.items];
    const more = this.dropped === 1 ? '1 more problem was' : `${this.dropped} more problems were`;
    return [...this.items, { file: '', location: '', message: `${more} found but not listed; fix these first.` }];
  }
}

/** Writes a path into a value as people read it in a YAML file: `points[3].look_for.alpha[0]`. */
export function locationOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
}

/**
 * Finds the 1-based line of character offsets in one text. The line starts are found once, then each
 * look-up is a binary search, so reporting many problems in a large file stays linear.
 */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
