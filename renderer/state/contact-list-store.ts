/**
 * All contacts, sorted by name, loaded a page at a time with the server's keyset cursor.
 * Refreshing reloads as many rows as are already shown, so the list does not jump back to
 * its first page when something changes.
 */
import { create } from 'zustand';
import type { ContactSummary } from '../../shared/domain/contact';
import { api } from '../api/client';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

const PAGE_SIZE = 200;
/** The contract's largest page; a refresh of a longer list restarts from the top. */
const LARGEST_PAGE = 1_000;

interface ContactListState {
  items: ContactSummary[];
  nextCursor: string | null;
  status: LoadStatus;
  error: unknown;
  loadFirstPage(): Promise<void>;
  loadNextPage(): Promise<void>;
  refresh(): Promise<void>;
}

const requests = latestOnly();

export const useContactListStore = create<ContactListState>()((set, get) => {
  async function load(cursor: string | null, limit: number, append: boolean): Promise<void> {
    const isNewest = requests.begin();
    set({ status: 'loading' });
    try {
      const page = await api.call('contacts.list', { sort: 'name', cursor, limit });
      if (!isNewest()) return;
      set({
        items: append ? [...get().items, ...page.items] : page.items,
        nextCursor: page.nextCursor,
        status: 'ready',
        error: null,
      });
    } catch (error) {
      if (isNewest()) set({ status: 'error', error });
    }
  }

  return {
    items: [],
    nextCursor: null,
    status: 'idle',
    error: null,
    loadFirstPage: () => load(null, PAGE_SIZE, false),
    async loadNextPage() {
      const { nextCursor, status } = get();
      if (nextCursor === null || status === 'loading') return;
      await load(nextCursor, PAGE_SIZE, true);
    },
    refresh: () => load(null, Math.min(LARGEST_PAGE, Math.max(PAGE_SIZE, get().items.length)), false),
  };
});
