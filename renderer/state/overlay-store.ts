/** The core interface's own dialogs (one at a time): palette, shortcut sheet, saved-search builder, bulk tagging. */
import { create } from 'zustand';
import type { SavedSearch } from '../../shared/domain/records';

export type Overlay =
  | { kind: 'palette' }
  | { kind: 'shortcuts' }
  | { kind: 'savedSearch'; query: string; editing: SavedSearch | null }
  | { kind: 'bulkTag'; mode: 'tag' | 'untag'; ids: string[] };

interface OverlayState {
  overlay: Overlay | null;
  open(overlay: Overlay): void;
  close(): void;
}

export const useOverlayStore = create<OverlayState>()((set) => ({
  overlay: null,
  open: (overlay) => set({ overlay }),
  close: () => set({ overlay: null }),
}));
