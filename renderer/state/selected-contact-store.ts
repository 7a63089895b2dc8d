/** The contact shown in the detail pane, loaded whole (the list holds only summaries). */
import { create } from 'zustand';
import type { Contact } from '../../shared/domain/contact';
import { api } from '../api/client';
import { isApiError } from '../api/api-error';
import { latestOnly } from './latest-only';
import type { LoadStatus } from './load-status';

interface SelectedContactState {
  selectedId: string | null;
  contact: Contact | null;
  status: LoadStatus;
  error: unknown;
  select(id: string | null): void;
  reload(): Promise<void>;
}

const requests = latestOnly();

export const useSelectedContactStore = create<SelectedContactState>()((set, get) => {
  async function load(id: string): Promise<void> {
    const isNewest = requests.begin();
    try {
      const contact = await api.call('contacts.get', { id });
      if (!isNewest()) return;
      // A contact moved to the trash elsewhere is no longer "selected" in the live list.
      if (contact.deletedAt !== null) set({ selectedId: null, contact: null, status: 'idle', error: null });
      else set({ contact, status: 'ready', error: null });
    } catch (error) {
      if (!isNewest()) return;
      if (isApiError(error) && error.code === 'NOT_FOUND') set({ selectedId: null, contact: null, status: 'idle', error: null });
      else set({ status: 'error', error });
    }
  }

  return {
    selectedId: null,
    contact: null,
    status: 'idle',
    error: null,
    select(id) {
      if (id === get().selectedId) return;
      if (id === null) {
        requests.begin(); // Drops any answer still on its way.
        set({ selectedId: null, contact: null, status: 'idle', error: null });
        return;
      }
      // Keep showing the previous contact until the new one arrives, to avoid a flash.
      set({ selectedId: id, status: 'loading' });
      void load(id);
    },
    reload: async () => {
      const id = get().selectedId;
      if (id !== null) await load(id);
    },
  };
});
