// Remembers the main window's size, position and maximised state between runs, in a small JSON
// file in the user-data folder. What is read back is validated, and the window is kept on a display
// that still exists.
import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export interface WindowState {
  width: number;
  height: number;
  /** Absent when the window should be centred. */
  x?: number;
  y?: number;
  maximised: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_WIDTH = 800;
export const MIN_WINDOW_HEIGHT = 600;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximised: false };
export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the window must overlap a display for it to count as visible. */
const MIN_VISIBLE = { width: 160, height: 80 };
const COORDINATE = z.number().int().min(-100_000).max(100_000);

const storedStateSchema = z.object({
  width: z.number().int().min(MIN_WINDOW_WIDTH).max(20_000),
  height: z.number().int().min(MIN_WINDOW_HEIGHT).max(20_000),
  x: COORDINATE.optional(),
  y: COORDINATE.optional(),
  maximised: z.boolean(),
});

/** The stored state if it is well formed, otherwise the defaults. A position needs both x and y. */
export function parseWindowState(raw: unknown): WindowState {
  const result = storedStateSchema.safeParse(raw);
  if (!result.success) return { ...DEFAULT_WINDOW_STATE };
  const { width, height, x, y, maximised } = result.data;
  return x !== undefined && y !== undefined ? { width, height, x, y, maximised } : { width, height, maximised };
}

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Keeps a restored window usable on the displays present now: it is shrunk to fit the display it
 * mostly sits on and moved fully onto it. If it would not be visible on any display, it is centred
 * on the primary display (position dropped) and shrunk to fit there.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Area[], primary: Area): WindowState {
  if (state.x === undefined || state.y === undefined) {
    return { ...state, width: Math.min(state.width, primary.width), height: Math.min(state.height, primary.height) };
  }
  const rect: Area = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Area | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(rect, area);
    const visible =
      shared.width >= Math.min(MIN_VISIBLE.width, rect.width) &&
      shared.height >= Math.min(MIN_VISIBLE.height, rect.height);
    if (visible && shared.width * shared.height > bestArea) {
      best = area;
      bestArea = shared.width * shared.height;
    }
  }
  if (best === null) {
    return {
      width: Math.min(state.width, primary.width),
      height: Math.min(state.height, primary.height),
      maximised: state.maximised,
    };
  }
  const width = Math.min(state.width, best.width);
  const height = Math.min(state.height, best.height);
  return {
    width,
    height,
    x: clamp(state.x, best.x, best.x + best.width - width),
    y: clamp(state.y, best.y, best.y + best.height - height),
    maximised: state.maximised,
  };
}

/** Reads the stored state from `folder`; a missing or corrupt file gives the defaults. */
export async function loadWindowState(folder: string): Promise<WindowState> {
  try {
    const text = await readFile(path.join(folder, WINDOW_STATE_FILE), 'utf8');
    return parseWindowState(JSON.parse(text));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/**
 * Writes the state to `folder`, via a temporary file so a crash never leaves half a file. It is
 * synchronous because it runs as the window closes, when the app may be about to quit.
 */
export function saveWindowState(folder: string, state: WindowState): void {
  const target = path.join(folder, WINDOW_STATE_FILE);
  const temporary = `${target}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`, 'utf8');
  renameSync(temporary, target);
}

/** What the tracker reads from a window. */
export interface TrackedWindow {
  getNormalBounds(): Area;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** The state to store for a window right now (its normal bounds, even when maximised). */
export function captureWindowState(window: TrackedWindow): WindowState {
  const bounds = window.getNormalBounds();
  return parseWindowState({
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    maximised: window.isMaximized(),
  });
}

/** Saves the window's state when it closes. Failures to save are ignored: it is only a convenience. */
export function trackWindowState(window: TrackedWindow, folder: string): void {
  window.on('close', () => {
    try {
      saveWindowState(folder, captureWindowState(window));
    } catch {
      // The window opens at its default size next time.
    }
  });
}
