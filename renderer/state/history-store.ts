/** The change history of the contact open in the detail pane (history.forRecord). */
import { create } from 'zustand';
import type { HistoryEntry } from '../../shared/domain/records';
import { api } from '../api/client';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

interface HistoryState {
  recordId: string | null;
  entries: HistoryEntry[];
  status: LoadStatus;
  /** Loads the history of a record, or forgets it (null). */
  show(recordId: string | null): Promise<void>;
  reload(): Promise<void>;
}

const requests = latestOnly();
const HISTORY_LIMIT = 100;

export const useHistoryStore = create<HistoryState>()((set, get) => ({
  recordId: null,
  entries: [],
  status: 'idle',
  async show(recordId) {
    const isNewest = requests.begin();
    if (recordId !== get().recordId) set({ recordId, entries: [], status: recordId ? 'loading' : 'idle' });
    if (!recordId) return;
    try {
      const entries = await api.call('history.forRecord', { id: recordId, limit: HISTORY_LIMIT });
      if (isNewest()) set({ entries, status: 'ready' });
    } catch {
      if (isNewest()) set({ status: 'error' });
    }
  },
  reload: () => get().show(get().recordId),
}));
