// What a CLI command may touch: its output streams and the file system, injected so tests can
// run commands in-process and read what they printed.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The working directory that relative paths are resolved against. */
  cwd: string;
  /** The current time; tests fix it so that warnings about old content do not depend on the day. */
  now?: () => Date;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
  };
}
