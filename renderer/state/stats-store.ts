/** Counts for the sidebar (contacts, items in the trash). */
import { create } from 'zustand';
import { api } from '../api/client';
import { latestOnly } from './latest-only';

interface StatsState {
  contacts: number | null;
  inTrash: number | null;
  load(): Promise<void>;
}

const requests = latestOnly();

export const useStatsStore = create<StatsState>()((set) => ({
  contacts: null,
  inTrash: null,
  async load() {
    const isNewest = requests.begin();
    try {
      const stats = await api.call('app.stats', {});
      if (isNewest()) set({ contacts: stats.contacts, inTrash: stats.inTrash });
    } catch {
      // Counts are decoration: a failure leaves the last known numbers in place.
    }
  },
}));
