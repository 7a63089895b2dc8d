/**
 * Which view the window shows (the sidebar's choice) and whether the editor is open.
 * The contacts scope (all, favourites, a tag, …) lives in the contact list store.
 */
import { create } from 'zustand';
import type { AppView } from '../ui/app-views';
import type { ContactScope } from './contact-scope';
import { useContactListStore } from './contact-list-store';
import { useListSelectionStore } from './list-selection-store';

export type Editor = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; contactId: string };

interface ViewState {
  view: AppView;
  editor: Editor;
  showView(view: AppView): void;
  /** Shows the contacts view with the list narrowed to a scope. */
  showScope(scope: ContactScope): void;
  openEditor(editor: Exclude<Editor, { mode: 'closed' }>): void;
  closeEditor(): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  view: 'contacts',
  editor: { mode: 'closed' },
  showView: (view) => set({ view, editor: { mode: 'closed' } }),
  showScope(scope) {
    set({ view: 'contacts', editor: { mode: 'closed' } });
    useListSelectionStore.getState().clear();
    useContactListStore.getState().setScope(scope);
  },
  openEditor: (editor) => set({ editor, view: 'contacts' }),
  closeEditor: () => set({ editor: { mode: 'closed' } }),
}));
