import { useEffect } from 'react';
import { followDataChanges } from '../state/follow-data-changes';
import { useContactListStore } from '../state/contact-list-store';
import { useStatsStore } from '../state/stats-store';
import { useViewStore } from '../state/view-store';
import { ContactDetailPane } from './contact-detail/contact-detail-pane';
import { ContactListPane } from './contact-list/contact-list-pane';
import { ThreePaneLayout } from './layout/three-pane-layout';
import { Sidebar } from './sidebar/sidebar';
import { ToastRegion } from './toast/toast-region';
import { TrashView } from './trash/trash-view';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const view = useViewStore((state) => state.view);

  useEffect(() => {
    void useContactListStore.getState().loadFirstPage();
    void useStatsStore.getState().load();
    return followDataChanges();
  }, []);
  useMenuCommands();

  return (
    <>
      {view === 'trash' ? (
        <ThreePaneLayout sidebar={<Sidebar />} main={<TrashView />} />
      ) : (
        <ThreePaneLayout sidebar={<Sidebar />} list={<ContactListPane />} main={<ContactDetailPane />} />
      )}
      <ToastRegion />
    </>
  );
}
