import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { VERSION } from '../../src/cli/version';

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), cwd: process.cwd() };
}

describe('waymark CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = captured();
    expect(await runCli(['--help'], io)).toBe(0);
    const help = io.stdout.join('\n');
    expect(help).toContain('Usage: waymark <command> [options]');
    for (const command of ['pack validate', 'pack build', 'pack render']) {
      const line = help.split('\n').find((l) => l.startsWith(`  waymark ${command} `));
      expect(line, command).toMatch(/\S {2,}\S/);
    }
    expect(io.stderr).toEqual([]);
  });

  it('prints the package version for --version', async () => {
    const io = captured();
    expect(await runCli(['--version'], io)).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(io.stdout).toEqual([pkg.version]);
    expect(VERSION).toBe(pkg.version);
  });

  it('exits 2 with one line for an unknown command', async () => {
    const io = captured();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toBe(
      'waymark: "frobnicate" is not a waymark command; run "waymark --help" to see the commands.',
    );
  });

  it('runs as a real process with the promised exit codes and no stack trace', () => {
    const help = execFileSync('node', ['bin/waymark.mjs', '--help'], { encoding: 'utf8' });
    expect(help).toContain('Usage: waymark');
    const unknown = spawnSync('node', ['bin/waymark.mjs', 'nope'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});
