/**
 * The multi-selection of the contact list (Shift and Ctrl/Cmd click, Shift+arrows, Ctrl+A).
 * The contact open in the detail pane is the selection's "active" row; the set is what the
 * bulk actions (tag, untag, delete, export) act on.
 */
import { create } from 'zustand';

interface ListSelectionState {
  ids: ReadonlySet<string>;
  /** Where a Shift range starts. */
  anchorId: string | null;
  selectOnly(id: string): void;
  toggle(id: string): void;
  /** Selects every row between the anchor and `id`, in the order the list shows them. */
  extendTo(id: string, orderedIds: readonly string[]): void;
  selectAll(ids: readonly string[]): void;
  clear(): void;
  /** Drops ids that are gone (deleted, filtered away). */
  keepOnly(visibleIds: ReadonlySet<string>): void;
}

export const useListSelectionStore = create<ListSelectionState>()((set, get) => ({
  ids: new Set(),
  anchorId: null,
  selectOnly: (id) => set({ ids: new Set([id]), anchorId: id }),
  toggle(id) {
    const ids = new Set(get().ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    set({ ids, anchorId: id });
  },
  extendTo(id, orderedIds) {
    const anchor = get().anchorId ?? id;
    const from = orderedIds.indexOf(anchor);
    const to = orderedIds.indexOf(id);
    if (from < 0 || to < 0) {
      set({ ids: new Set([id]), anchorId: id });
      return;
    }
    const [start, end] = from <= to ? [from, to] : [to, from];
    set({ ids: new Set(orderedIds.slice(start, end + 1)) });
  },
  selectAll: (ids) => set({ ids: new Set(ids) }),
  clear: () => set({ ids: new Set(), anchorId: null }),
  keepOnly(visibleIds) {
    const current = get().ids;
    const kept = [...current].filter((id) => visibleIds.has(id));
    if (kept.length !== current.size) set({ ids: new Set(kept) });
  },
}));
