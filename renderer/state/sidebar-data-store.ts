/** Tags, organizations and saved searches with their counts: what the sidebar and pickers list. */
import { create } from 'zustand';
import type { Organization, SavedSearch, Tag } from '../../shared/domain/records';
import { api } from '../api/client';
import { latestOnly } from './latest-only';

interface SidebarDataState {
  tags: Tag[];
  organizations: Organization[];
  savedSearches: SavedSearch[];
  loaded: boolean;
  load(): Promise<void>;
}

const requests = latestOnly();

export const useSidebarDataStore = create<SidebarDataState>()((set) => ({
  tags: [],
  organizations: [],
  savedSearches: [],
  loaded: false,
  async load() {
    const isNewest = requests.begin();
    try {
      const [tags, organizations, savedSearches] = await Promise.all([
        api.call('tags.list', {}),
        api.call('organizations.list', {}),
        api.call('savedSearches.list', {}),
      ]);
      if (isNewest()) set({ tags, organizations, savedSearches, loaded: true });
    } catch {
      // Counts and lists are navigation aids: a failure keeps the last known ones.
    }
  },
}));
