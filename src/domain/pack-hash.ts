// Stable content hashes of packs and templates, so the app can tell "the same version with the same text"
// from "the same version number with different text". The hash is SHA-256 over a canonical JSON form (keys
// sorted, no white space), computed with the Web Crypto API available in browsers and in Node 20.
import type { Pack, PackTemplate } from './pack';

/**
 * Writes a JSON-like value in one canonical way: object keys sorted by code unit, undefined properties left
 * out, arrays in order. Two values that mean the same give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => Reflect.get(value, key) !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(Reflect.get(value, key))}`).join(',')}}`;
  }
  throw new Error(`canonicalJson: cannot write a value of type ${typeof value}`);
}

/** The SHA-256 of a text (as UTF-8), in lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The content hash of one template: the same for the same content, whatever file or format it came from. */
export function templateContentHash(template: PackTemplate): Promise<string> {
  return sha256Hex(canonicalJson(template));
}

/** The content hash of a whole pack: its manifest and its templates taken in id order. */
export function packContentHash(pack: Pack): Promise<string> {
  const templates = [...pack.templates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256Hex(canonicalJson({ manifest: pack.manifest, templates }));
}
