import { useContactListStore } from './contact-list-store';
import { useSearchStore } from './search-store';
import { useSelectedContactStore } from './selected-contact-store';
import { useSidebarDataStore } from './sidebar-data-store';
import { useStatsStore } from './stats-store';
import { useTrashStore } from './trash-store';
import { useHistoryStore } from './history-store';

/** Brings every view of contacts up to date with the database; each ignores stale answers. */
export async function refreshContactViews(): Promise<void> {
  const trash = useTrashStore.getState();
  await Promise.all([
    useContactListStore.getState().refresh(),
    useSearchStore.getState().refresh(),
    useSelectedContactStore.getState().reload(),
    useStatsStore.getState().load(),
    useSidebarDataStore.getState().load(),
    useHistoryStore.getState().reload(),
    trash.status === 'idle' ? Promise.resolve() : trash.load(),
  ]);
}
