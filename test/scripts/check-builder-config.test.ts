// The packaging check's fuse rules: electron-builder.yml must switch off the Electron features Waymark
// does not use, and the check must notice when a built executable does not carry those settings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  builtFuseProblems,
  FUSE_SENTINEL,
  FUSE_WIRE,
  fuseProblems,
  loadBuilderConfig,
  REQUIRED_FUSES,
  standInFuseWire,
} from '../../scripts/check-builder-config.mjs';

/** The parts of @electron/fuses (electron-builder's own copy) this test uses. */
interface ElectronFuses {
  FuseVersion: { V1: string };
  FuseV1Options: Record<string, number>;
  flipFuses(file: string, config: Record<string, unknown>): Promise<number>;
}
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
// The package ships CommonJS without types that resolve from here; the interface above names what is used.
const fuses = builderRequire('@electron/fuses') as ElectronFuses;

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

let folder: string | null = null;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

describe('configured fuses', () => {
  it('electron-builder.yml sets every fuse to the required value', () => {
    const config = loadBuilderConfig();
    expect(fuseProblems(config)).toEqual([]);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('names a missing block, a missing fuse and a wrong value', () => {
    expect(fuseProblems({})).toEqual(['electron-builder.yml does not set electronFuses.']);
    expect(fuseProblems({ electronFuses: null })).toEqual(['electron-builder.yml does not set electronFuses.']);
    const { runAsNode: _dropped, ...withoutRunAsNode } = REQUIRED_FUSES;
    expect(fuseProblems({ electronFuses: { ...withoutRunAsNode, onlyLoadAppFromAsar: false } })).toEqual([
      'electron-builder.yml sets electronFuses.runAsNode to undefined; it must be false.',
      'electron-builder.yml sets electronFuses.onlyLoadAppFromAsar to false; it must be true.',
    ]);
  });

  it('covers every fuse the installed electron-builder can set, in the wire order of @electron/fuses', () => {
    const names = FUSE_WIRE.map((fuse) => fuse.name);
    expect([...names].sort()).toEqual(Object.keys(REQUIRED_FUSES).sort());
    names.forEach((name, index) => expect(fuses.FuseV1Options[capitalised(name)], name).toBe(index));
    const known = Object.keys(fuses.FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(known).toHaveLength(FUSE_WIRE.length);
  });
});

describe('fuses in the built executable', () => {
  it('finds the stand-in at Electron defaults unsafe, naming each fuse that differs', () => {
    const problems = builtFuseProblems(standInFuseWire());
    expect(problems).toContain('the packaged executable does not have runAsNode set to false.');
    expect(problems).toContain('the packaged executable does not have onlyLoadAppFromAsar set to true.');
    expect(problems).not.toContain(
      'the packaged executable does not have loadBrowserProcessSpecificV8Snapshot set to false.',
    );
    expect(builtFuseProblems(new TextEncoder().encode('#!/bin/sh\nexit 1\n'))).toEqual([
      'the packaged executable has no fuse wire.',
    ]);
  });

  it('accepts the stand-in once @electron/fuses has flipped it with the configured settings', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'waymark-fuses-'));
    const executable = path.join(folder, 'waymark');
    writeFileSync(executable, Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n# '), standInFuseWire()]));
    const settings: Record<string, unknown> = { version: fuses.FuseVersion.V1 };
    for (const [name, value] of Object.entries(loadBuilderConfig().electronFuses ?? {})) {
      settings[String(fuses.FuseV1Options[capitalised(name)])] = value;
    }
    await fuses.flipFuses(executable, settings);
    const flipped = readFileSync(executable);
    expect(flipped.includes(FUSE_SENTINEL)).toBe(true);
    expect(builtFuseProblems(flipped)).toEqual([]);
  });
});
