// Types for scripts/check-builder-config.mjs, so TypeScript tests can import its helpers.

export const REQUIRED_ENTRIES: string[];
export const FORBIDDEN_PREFIXES: string[];
export function archiveProblems(entries: string[]): string[];
