// Screen state for notices shown at the top of a page (saved, deleted with undo, errors).
// Persisted data never lives here: only what the screen is telling the person right now.
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  /** An optional action, such as "Undo". */
  action?: { label: string; run: () => Promise<void> | void };
  /** Keep the notice on the next page, for actions that move the person to another screen. */
  carry?: boolean;
}

interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  clear(): void;
  /** Called when the person moves to another screen: carried notices stay once, others go. */
  pageChanged(): void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  show: (notice) => set({ notices: [{ ...notice, id: nextId++ }] }),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
  pageChanged: () =>
    set((state) => ({ notices: state.notices.filter((n) => n.carry).map((n) => ({ ...n, carry: false })) })),
}));
