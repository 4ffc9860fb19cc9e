// The `waymark` command line: works on files alone (no database), for scripts and departments' CI.
import { COMMANDS, asksForHelp, type CliCommand } from './commands';
import { EXIT, InputError, UsageError } from './cli-errors';
import { fileSystemErrorText } from '../node/file-errors';
import { processIo, type CliIo } from './io';
import { shown, terminalSafe } from './terminal-text';
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

/** The help of a command group such as `waymark pack`: the commands under it. */
function groupUsage(group: readonly string[]): string | null {
  const members = COMMANDS.filter((c) => group.every((word, i) => c.path[i] === word) && c.path.length > group.length);
  if (group.length === 0 || members.length === 0) return null;
  const width = Math.max(0, ...members.map((c) => c.usage.length)) + 2;
  return [
    `Usage: waymark ${group.join(' ')} <command> [options]`,
    '',
    'Commands:',
    ...members.map((c) => `  waymark ${c.usage.padEnd(width)}${c.summary}`),
    '',
    `Run "waymark ${members[0]?.path.join(' ') ?? ''} --help" for the options of one command.`,
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return command.help ?? [`Usage: waymark ${command.usage}`, '', `${command.summary}.`].join('\n');
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
export async function runCli(args: string[], given: CliIo = processIo()): Promise<number> {
  // Everything printed goes through one guard, so nothing read from a file reaches the terminal raw.
  const io: CliIo = {
    cwd: given.cwd,
    out: (text) => given.out(terminalSafe(text, true)),
    err: (text) => given.err(terminalSafe(text, true)),
  };
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
    if (!found) {
      const words = args.filter((arg) => !arg.startsWith('-'));
      const group = groupUsage(words);
      if (group !== null) {
        io.out(group);
        return asksForHelp(args) ? EXIT.ok : EXIT.usage;
      }
      throw new UsageError(
        `"${shown(args.join(' '), 80)}" is not a waymark command; run "waymark --help" to see the commands.`,
      );
    }
    if (asksForHelp(found.rest)) {
      io.out(commandHelp(found.command));
      return EXIT.ok;
    }
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
    const words = fileSystemErrorText(error);
    if (words !== null) {
      io.err(`waymark: ${words}.`);
      return EXIT.invalid;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`waymark: something went wrong: ${shown(message.split('\n')[0] ?? '', 200)}`);
    return EXIT.invalid;
  }
}
