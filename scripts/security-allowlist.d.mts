// Types for scripts/security-allowlist.mjs, so TypeScript tests can import it.

export interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
}

export interface AllowlistEntry {
  rule: string;
  file: string;
  reason: string;
  /** When present, the finding's message must be exactly this. */
  message?: string;
}

export function validateAllowlist(data: unknown): { entries: AllowlistEntry[]; errors: string[] };
export function globToRegExp(glob: string): RegExp;
export function matchingEntry(finding: Finding, entries: AllowlistEntry[]): AllowlistEntry | null;
export function partitionFindings(
  findings: Finding[],
  entries: AllowlistEntry[],
): { allowed: { finding: Finding; entry: AllowlistEntry }[]; blocked: Finding[]; unused: AllowlistEntry[] };
export function findingsFromSarif(sarif: unknown, scanRoot: string): Finding[];
