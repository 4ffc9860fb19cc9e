// Closing the window with changes that are not saved asks, and only "Leave without saving" lets it close.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ dialog: { showMessageBoxSync: vi.fn() } }));

const { askBeforeLeaving, LEAVE_BUTTONS } = await import('../../electron/leave-warning');

function windowLeaves(choice: number): boolean {
  const webContents = new EventEmitter();
  askBeforeLeaving({ webContents }, () => choice);
  let allowed = false;
  webContents.emit('will-prevent-unload', { preventDefault: () => (allowed = true) });
  return allowed;
}

describe('askBeforeLeaving', () => {
  it('lets the window close only when the person chooses to leave without saving', () => {
    expect(LEAVE_BUTTONS).toEqual(['Leave without saving', 'Stay on this page']);
    expect(windowLeaves(0)).toBe(true);
    expect(windowLeaves(1)).toBe(false);
  });
});
