// Types for scripts/start.mjs, so TypeScript tests can import its helpers.

export const DOWNLOAD_TIMEOUT_MS: number;
export function electronBinaryPath(): string | null;
export function downloadElectronOnce(
  timeoutMs?: number,
): Promise<{ succeeded: boolean; timedOut: boolean; durationMs: number }>;
export function hasDisplay(env?: Record<string, string | undefined>, platform?: NodeJS.Platform): boolean;
export function shouldOpenBrowser(env?: Record<string, string | undefined>, platform?: NodeJS.Platform): boolean;
export function browserOpener(platform: NodeJS.Platform, url: string): { command: string; args: string[] };
export function fallbackSentence(reason: 'download' | 'no-display', url: string): string;
export function openInBrowser(url: string): void;
