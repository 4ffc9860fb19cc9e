// Ordering of pack and template versions by the rules of semantic versioning (https://semver.org):
// major, minor, patch as numbers; a pre-release (1.0.0-beta) comes before its release; build metadata is ignored.
import { SEMVER_PATTERN } from './pack-text';

function comparePreRelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const x = left[i];
    const y = right[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return Math.sign(diff);
    } else if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Compares two semantic versions: negative when `a` comes first, positive when `b` does, 0 when they have
 * the same precedence. Throws on text that is not a semantic version (validated packs never have that).
 */
export function compareVersions(a: string, b: string): number {
  const left = SEMVER_PATTERN.exec(a);
  const right = SEMVER_PATTERN.exec(b);
  if (!left || !right) throw new Error(`compareVersions: "${!left ? a : b}" is not a semantic version`);
  for (let i = 1; i <= 3; i += 1) {
    const diff = Number(left[i]) - Number(right[i]);
    if (diff !== 0) return Math.sign(diff);
  }
  return comparePreRelease(left[4], right[4]);
}
