/**
 * The window: sidebar, then either the contacts (list + detail), the trash, or a view
 * another screen mounted (see app-views.ts); dialogs and toasts above everything.
 */
import { createElement, useEffect } from 'react';
import { useContactListStore } from '../state/contact-list-store';
import { followDataChanges } from '../state/follow-data-changes';
import { useSidebarDataStore } from '../state/sidebar-data-store';
import { useStatsStore } from '../state/stats-store';
import { useViewStore } from '../state/view-store';
import { mountedView } from './app-views';
import { ContactDetailPane } from './contact-detail/contact-detail-pane';
import { ContactListPane } from './contact-list/contact-list-pane';
import { DialogHost } from './dialogs/dialog-host';
import { ThreePaneLayout } from './layout/three-pane-layout';
import { useGlobalShortcuts } from './shortcuts/use-global-shortcuts';
import { Sidebar } from './sidebar/sidebar';
import { ToastRegion } from './toast/toast-region';
import { TrashView } from './trash/trash-view';
import { useMenuCommands } from './use-menu-commands';

function MainArea() {
  const view = useViewStore((state) => state.view);
  if (view === 'contacts') return <ThreePaneLayout sidebar={<Sidebar />} list={<ContactListPane />} main={<ContactDetailPane />} />;
  if (view === 'trash') return <ThreePaneLayout sidebar={<Sidebar />} main={<TrashView />} />;
  const mounted = mountedView(view);
  return <ThreePaneLayout sidebar={<Sidebar />} main={mounted ? createElement(mounted) : null} />;
}

export function App() {
  useEffect(() => {
    void useContactListStore.getState().loadFirstPage();
    void useStatsStore.getState().load();
    void useSidebarDataStore.getState().load();
    return followDataChanges();
  }, []);
  useMenuCommands();
  useGlobalShortcuts();

  return (
    <>
      <MainArea />
      <ToastRegion />
      <DialogHost />
    </>
  );
}
