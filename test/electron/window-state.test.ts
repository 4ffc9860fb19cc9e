// The window comes back where it was, unless the file is corrupt or the display has gone.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
  type Area,
} from '../../electron/window-state';

const laptop: Area = { x: 0, y: 0, width: 1440, height: 875 };
const monitor: Area = { x: 1440, y: 0, width: 2560, height: 1415 };
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'waymark-window-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('parseWindowState', () => {
  it('keeps a well-formed state', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 10, y: 20, maximised: true })).toEqual({
      width: 1000,
      height: 700,
      x: 10,
      y: 20,
      maximised: true,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'big'],
    ['missing fields', { width: 1000 }],
    ['a width as text', { width: '1000', height: 700, maximised: false }],
    ['a tiny window', { width: 10, height: 10, maximised: false }],
    ['a huge window', { width: 1e9, height: 700, maximised: false }],
    ['a fractional size', { width: 1000.5, height: 700, maximised: false }],
    ['infinite position', { width: 1000, height: 700, x: Infinity, y: 0, maximised: false }],
    ['maximised as text', { width: 1000, height: 700, maximised: 'yes' }],
  ])('falls back to the defaults for %s', (_label, raw) => {
    expect(parseWindowState(raw)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position that has only one coordinate', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 10, maximised: false })).toEqual({
      width: 1000,
      height: 700,
      maximised: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('leaves a window that fits on a display where it is', () => {
    const state = { width: 1200, height: 800, x: 1600, y: 100, maximised: false };
    expect(fitToDisplays(state, [laptop, monitor], laptop)).toEqual(state);
  });

  it('centres a window whose display has gone, shrunk to the primary display', () => {
    const state = { width: 2400, height: 1300, x: 1600, y: 50, maximised: true };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({ width: 1440, height: 875, maximised: true });
  });

  it('centres a window far off screen', () => {
    const state = { width: 1000, height: 700, x: -5000, y: -5000, maximised: false };
    expect(fitToDisplays(state, [laptop, monitor], laptop)).toEqual({ width: 1000, height: 700, maximised: false });
  });

  it('pulls a window hanging off the edge fully onto its display', () => {
    const state = { width: 1000, height: 700, x: 1000, y: 500, maximised: false };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({
      width: 1000,
      height: 700,
      x: 440,
      y: 175,
      maximised: false,
    });
  });

  it('shrinks a window larger than its display', () => {
    const state = { width: 3000, height: 2000, x: 0, y: 0, maximised: false };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({ width: 1440, height: 875, x: 0, y: 0, maximised: false });
  });

  it('shrinks a centred window to the primary display', () => {
    expect(fitToDisplays({ width: 3000, height: 700, maximised: false }, [laptop], laptop)).toEqual({
      width: 1440,
      height: 700,
      maximised: false,
    });
  });
});

describe('loading and saving', () => {
  it('round-trips through the file', async () => {
    const state = { width: 1100, height: 750, x: 30, y: 40, maximised: false };
    saveWindowState(folder, state);
    expect(JSON.parse(readFileSync(path.join(folder, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
    expect(await loadWindowState(folder)).toEqual(state);
  });

  it('gives the defaults for a missing or corrupt file', async () => {
    expect(await loadWindowState(folder)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(path.join(folder, WINDOW_STATE_FILE), '{"width": 1100, "hei');
    expect(await loadWindowState(folder)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(path.join(folder, WINDOW_STATE_FILE), '[1, 2, 3]');
    expect(await loadWindowState(folder)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saves the normal bounds and maximised state when the window closes', async () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 12.4, y: 20, width: 1024, height: 768 }),
      isMaximized: () => true,
    });
    trackWindowState(window, folder);
    window.emit('close');
    expect(await loadWindowState(folder)).toEqual({ width: 1024, height: 768, x: 12, y: 20, maximised: true });
  });
});
