// Types for scripts/check-builder-config.mjs, so TypeScript tests can import its helpers.

export const REQUIRED_ENTRIES: string[];
export const FORBIDDEN_PREFIXES: string[];
export function archiveProblems(entries: string[]): string[];

/** electron-builder's fuse option names. */
export type FuseName =
  | 'runAsNode'
  | 'enableCookieEncryption'
  | 'enableNodeOptionsEnvironmentVariable'
  | 'enableNodeCliInspectArguments'
  | 'enableEmbeddedAsarIntegrityValidation'
  | 'onlyLoadAppFromAsar'
  | 'loadBrowserProcessSpecificV8Snapshot'
  | 'grantFileProtocolExtraPrivileges';

export const REQUIRED_FUSES: Readonly<Record<FuseName, boolean>>;
export const FUSE_WIRE: readonly { name: FuseName; electronDefault: boolean }[];
export const FUSE_SENTINEL: string;
export function loadBuilderConfig(file?: string): Record<string, unknown>;
export function fuseProblems(config: Record<string, unknown>): string[];
export function standInFuseWire(): Buffer;
export function builtFuseProblems(binary: Uint8Array): string[];
