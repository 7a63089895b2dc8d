/**
 * Search as you type. The local database answers in milliseconds, so a keystroke searches
 * at once instead of waiting for a pause in typing. While a search is in flight, further
 * keystrokes are coalesced into one follow-up search for the latest text, so fast typing
 * never queues a request per letter; an answer to an older query is dropped.
 */
import { create } from 'zustand';
import type { ContactSummary } from '../../shared/domain/contact';
import { api } from '../api/client';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

const RESULT_LIMIT = 200;

interface SearchState {
  query: string;
  results: ContactSummary[];
  status: LoadStatus;
  error: unknown;
  setQuery(query: string): void;
  /** Runs the current query again now (after data changed). */
  refresh(): Promise<void>;
}

const requests = latestOnly();
let inFlight = false;
let followUpWanted = false;

export function isSearching(query: string): boolean {
  return query.trim() !== '';
}

export const useSearchStore = create<SearchState>()((set, get) => {
  async function run(): Promise<void> {
    const text = get().query.trim();
    const isNewest = requests.begin();
    if (!text) {
      set({ results: [], status: 'idle', error: null });
      return;
    }
    set({ status: 'loading' });
    try {
      const results = await api.call('search.query', { text, limit: RESULT_LIMIT });
      if (isNewest()) set({ results, status: 'ready', error: null });
    } catch (error) {
      if (isNewest()) set({ status: 'error', error });
    }
  }

  /** One search at a time; keystrokes during it ask for exactly one more, for the latest text. */
  async function runCoalesced(): Promise<void> {
    if (inFlight) {
      followUpWanted = true;
      return;
    }
    inFlight = true;
    try {
      await run();
    } finally {
      inFlight = false;
      if (followUpWanted) {
        followUpWanted = false;
        void runCoalesced();
      }
    }
  }

  return {
    query: '',
    results: [],
    status: 'idle',
    error: null,
    setQuery(query) {
      set({ query });
      if (!isSearching(query)) {
        void run(); // Clearing the box shows all contacts at once.
        return;
      }
      set({ status: 'loading' });
      void runCoalesced();
    },
    refresh: () => (isSearching(get().query) ? run() : Promise.resolve()),
  };
});
