// The registry of `waymark` commands. Each command module adds itself here.
import type { CliIo } from './io';

export interface CliCommand {
  /** Words that select the command, for example ["pack", "validate"]. */
  path: string[];
  /** One line of usage, for example "pack validate <folder|zip> [--json]". */
  usage: string;
  summary: string;
  /** The full text of `--help`; the usage line and summary when left out. */
  help?: string;
  /** Returns the exit code. Throws UsageError or InputError for the caller to report. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Whether arguments ask for help. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

export const COMMANDS: CliCommand[] = [];

export function registerCommand(command: CliCommand): void {
  COMMANDS.push(command);
}
