// A captured CliIo for running `waymark` commands in-process.
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with the given arguments and working directory, returning what it printed. */
export async function runCaptured(args: string[], cwd: string, now?: Date): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), cwd };
  if (now) io.now = () => now;
  const code = await runCli(args, io);
  return { code, out, err };
}
