// Types for scripts/web.mjs, so TypeScript tests can import its helpers.
import type { ChildProcess } from 'node:child_process';

export const projectRoot: string;
export const DEFAULT_PORT: number;
export const HOST: string;
export function resolvePort(env?: Record<string, string | undefined>): number;
export function webAddress(port: number): string;
export function viteCommand(args: string[]): { command: string; args: string[] };
export function runToCompletion(command: string, args: string[]): Promise<void>;
export function buildRenderer(): Promise<void>;
export function isPortFree(port: number): Promise<boolean>;
export function waitUntilServing(url: string, timeoutMs: number, stillRunning: () => boolean): Promise<void>;
export function serveRendererBuild(options: {
  port: number;
}): Promise<{ url: string; child: ChildProcess; stop: () => void }>;
export function keepServing(server: { child: ChildProcess; stop: () => void }): void;
