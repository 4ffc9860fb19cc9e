// The errors a CLI command may raise. Each becomes one human sentence on stderr and an exit code.

/** The command line was not understood (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input files were read but are not valid (exit code 1). */
export class InputError extends Error {
  override name = 'InputError';
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
