// The `waymark` command line: works on files alone (no database), for scripts and departments' CI.
import { COMMANDS, type CliCommand } from './commands';
import { EXIT, InputError, UsageError } from './cli-errors';
import { processIo, type CliIo } from './io';
import { VERSION } from './version';
import './register-commands';

function usage(): string {
  const width = Math.max(0, ...COMMANDS.map((c) => c.usage.length)) + 2;
  const lines = [
    'Usage: waymark <command> [options]',
    '',
    'Waymark works with template packs and documents as plain files, for scripts and CI.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  waymark ${c.usage.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    '  -h, --help     Show this help',
    '  -v, --version  Show the version',
    '',
    'Exit codes: 0 success, 1 invalid input, 2 usage error.',
  ];
  return lines.join('\n');
}

function findCommand(args: string[]): { command: CliCommand; rest: string[] } | null {
  let best: { command: CliCommand; rest: string[] } | null = null;
  for (const command of COMMANDS) {
    const matches = command.path.every((word, i) => args[i] === word);
    if (matches && (!best || command.path.length > best.command.path.length))
      best = { command, rest: args.slice(command.path.length) };
  }
  return best;
}

/** Runs the CLI with the given arguments and returns the exit code. Never throws. */
export async function runCli(args: string[], io: CliIo = processIo()): Promise<number> {
  try {
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
      io.out(usage());
      return args.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (args[0] === '--version' || args[0] === '-v') {
      io.out(VERSION);
      return EXIT.ok;
    }
    const found = findCommand(args);
    if (!found)
      throw new UsageError(`"${args.join(' ')}" is not a waymark command; run "waymark --help" to see the commands.`);
    return await found.command.run(found.rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`waymark: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`waymark: ${error.message}`);
      return EXIT.invalid;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`waymark: something went wrong: ${message.split('\n')[0]}`);
    return EXIT.invalid;
  }
}
