/**
 * Search as you type. The query updates at once (the box stays responsive); the request
 * waits for a short pause in typing, and an answer to an older query is dropped.
 */
import { create } from 'zustand';
import type { ContactSummary } from '../../shared/domain/contact';
import { api } from '../api/client';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

const TYPING_PAUSE_MS = 90;
const RESULT_LIMIT = 500;

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
let typingTimer: ReturnType<typeof setTimeout> | undefined;

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

  return {
    query: '',
    results: [],
    status: 'idle',
    error: null,
    setQuery(query) {
      set({ query });
      clearTimeout(typingTimer);
      if (!isSearching(query)) {
        void run(); // Clearing the box shows all contacts at once, without waiting.
        return;
      }
      set({ status: 'loading' });
      typingTimer = setTimeout(() => void run(), TYPING_PAUSE_MS);
    },
    refresh: () => (isSearching(get().query) ? run() : Promise.resolve()),
  };
});
