/** What is in the trash, newest first as the server sends it. */
import { create } from 'zustand';
import type { TrashItem } from '../../shared/domain/records';
import { api } from '../api/client';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

interface TrashState {
  items: TrashItem[];
  status: LoadStatus;
  error: unknown;
  load(): Promise<void>;
}

const requests = latestOnly();

export const useTrashStore = create<TrashState>()((set) => ({
  items: [],
  status: 'idle',
  error: null,
  async load() {
    const isNewest = requests.begin();
    set((state) => ({ status: state.status === 'ready' ? 'ready' : 'loading' }));
    try {
      const items = await api.call('trash.list', {});
      if (isNewest()) set({ items, status: 'ready', error: null });
    } catch (error) {
      if (isNewest()) set({ status: 'error', error });
    }
  },
}));
