// Types for scripts/security-allowlist.mjs, so TypeScript tests can import it.

export interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
  /** The trimmed text of the line the finding points to, when it was read. */
  source?: string;
}

export interface AllowlistEntry {
  rule: string;
  file: string;
  reason: string;
  /** The finding's message must be exactly this. */
  message: string;
  /** When present, the finding's line must read exactly this (trimmed). */
  source?: string;
}

export function validateAllowlist(data: unknown): { entries: AllowlistEntry[]; errors: string[] };
export function globToRegExp(glob: string): RegExp;
export function matchingEntry(
  finding: Finding,
  entries: AllowlistEntry[],
  used?: Set<AllowlistEntry>,
): AllowlistEntry | null;
export function withSourceLines(findings: Finding[], readText: (file: string) => string | null): Finding[];
export function partitionFindings(
  findings: Finding[],
  entries: AllowlistEntry[],
): { allowed: { finding: Finding; entry: AllowlistEntry }[]; blocked: Finding[]; unused: AllowlistEntry[] };
export function findingsFromSarif(sarif: unknown, scanRoot: string): Finding[];
