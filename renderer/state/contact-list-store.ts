/**
 * The contacts of the current scope, in the chosen order, loaded a page at a time with the
 * server's keyset cursor. Refreshing reloads as many rows as are already shown, so the list
 * does not jump back to its first page when something changes.
 */
import { create } from 'zustand';
import type { ContactSummary } from '../../shared/domain/contact';
import type { ContactSort } from '../../shared/domain/listing';
import { QuerySyntaxError, parseQuery } from '../../shared/query/parse-query';
import { api } from '../api/client';
import { filterOfScope, type ContactScope } from './contact-scope';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

/** Small first page for a fast first paint; large later pages so scrolling 100k rows takes few requests. */
const FIRST_PAGE = 200;
const LATER_PAGE = 1_000;
/** The contract's largest page; a refresh of a longer list restarts from the top. */
const LARGEST_PAGE = 1_000;

interface ContactListState {
  items: ContactSummary[];
  nextCursor: string | null;
  /** How many contacts the scope holds in all (contacts.count), for the header and aria-setsize. */
  total: number | null;
  status: LoadStatus;
  error: unknown;
  sort: ContactSort;
  scope: ContactScope;
  /** The saved-search syntax typed in the filter box; '' for none. */
  filterQuery: string;
  /** A syntax error in filterQuery, shown under the box; the list keeps its last good rows. */
  filterError: string | null;
  setSort(sort: ContactSort): void;
  setScope(scope: ContactScope): void;
  setFilterQuery(query: string): void;
  loadFirstPage(): Promise<void>;
  loadNextPage(): Promise<void>;
  /** Loads every remaining page (the End key); stops early if the scope changes meanwhile. */
  loadToEnd(): Promise<void>;
  refresh(): Promise<void>;
}

const requests = latestOnly();
const FILTER_PAUSE_MS = 200;
let filterTimer: ReturnType<typeof setTimeout> | undefined;
/** While End is loading every page, the scroll-driven page loads stand aside (they would race it). */
let loadingToEnd = false;

function syntaxError(query: string): string | null {
  try {
    parseQuery(query);
    return null;
  } catch (error) {
    return error instanceof QuerySyntaxError ? error.message : String(error);
  }
}

export const useContactListStore = create<ContactListState>()((set, get) => {
  async function load(cursor: string | null, limit: number, append: boolean): Promise<boolean> {
    const isNewest = requests.begin();
    const { sort, scope, filterQuery } = get();
    const filter = filterOfScope(scope, filterQuery);
    set({ status: 'loading' });
    try {
      const [page, total] = await Promise.all([
        api.call('contacts.list', { sort, cursor, limit, filter }),
        append ? Promise.resolve(get().total) : api.call('contacts.count', { filter }),
      ]);
      if (!isNewest()) return false;
      set({
        items: append ? get().items.concat(page.items) : page.items,
        nextCursor: page.nextCursor,
        total,
        status: 'ready',
        error: null,
      });
      return true;
    } catch (error) {
      if (isNewest()) set({ status: 'error', error });
      return false;
    }
  }

  return {
    items: [],
    nextCursor: null,
    total: null,
    status: 'idle',
    error: null,
    sort: 'name',
    scope: { kind: 'all' },
    filterQuery: '',
    filterError: null,
    setSort(sort) {
      set({ sort });
      void load(null, FIRST_PAGE, false);
    },
    setScope(scope) {
      set({ scope, items: [], nextCursor: null, total: null, status: 'loading' });
      void load(null, FIRST_PAGE, false);
    },
    setFilterQuery(filterQuery) {
      set({ filterQuery });
      clearTimeout(filterTimer);
      const error = syntaxError(filterQuery);
      set({ filterError: error });
      if (error) return; // Keep showing the last good result while the person is mid-word.
      filterTimer = setTimeout(() => void load(null, FIRST_PAGE, false), FILTER_PAUSE_MS);
    },
    loadFirstPage: async () => {
      await load(null, FIRST_PAGE, false);
    },
    async loadNextPage() {
      const { nextCursor, status } = get();
      if (nextCursor === null || status === 'loading' || loadingToEnd) return;
      await load(nextCursor, LATER_PAGE, true);
    },
    async loadToEnd() {
      if (loadingToEnd) return;
      loadingToEnd = true;
      try {
        for (;;) {
          const { nextCursor } = get();
          if (nextCursor === null) return;
          // A false answer means a newer request (another scope, a refresh) took over.
          if (!(await load(nextCursor, LATER_PAGE, true))) return;
        }
      } finally {
        loadingToEnd = false;
      }
    },
    refresh: async () => {
      await load(null, Math.min(LARGEST_PAGE, Math.max(FIRST_PAGE, get().items.length)), false);
    },
  };
});
