/**
 * Short notices at the bottom of the window ("Contact moved to the trash — Undo"). The
 * text is translated by whoever shows the toast; an undo toast carries the change set,
 * other toasts may carry one action of their own (e.g. "Restore").
 */
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  undoChangeSetId?: string;
  action?: { label: string; run(): Promise<void> };
}

const VISIBLE_MS = 8_000;

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show(toast) {
    const id = nextId++;
    // One toast at a time keeps "Undo" unambiguous: it always undoes what the toast says.
    set({ toasts: [{ ...toast, id }] });
    setTimeout(() => get().dismiss(id), VISIBLE_MS);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));
