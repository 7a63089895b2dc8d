/**
 * Which view the window shows (the sidebar's choice) and whether the editor is open.
 * The full interface adds tags, organizations and saved searches as further views.
 */
import { create } from 'zustand';

export type SidebarView = 'allContacts' | 'trash';

export type Editor = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; contactId: string };

interface ViewState {
  view: SidebarView;
  editor: Editor;
  showView(view: SidebarView): void;
  openEditor(editor: Exclude<Editor, { mode: 'closed' }>): void;
  closeEditor(): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  view: 'allContacts',
  editor: { mode: 'closed' },
  showView: (view) => set({ view, editor: { mode: 'closed' } }),
  openEditor: (editor) => set({ editor, view: 'allContacts' }),
  closeEditor: () => set({ editor: { mode: 'closed' } }),
}));
