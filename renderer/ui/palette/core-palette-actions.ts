/** The core interface's actions in the palette; other screens add theirs (see palette-actions.ts). */
import i18next from 'i18next';
import { useContactListStore } from '../../state/contact-list-store';
import { useSelectedContactStore } from '../../state/selected-contact-store';
import { useSettingsStore } from '../../state/settings-store';
import { useViewStore } from '../../state/view-store';
import { isViewAvailable } from '../app-views';
import {
  backupNow,
  editActiveContact,
  exportContacts,
  focusSearchBox,
  newContact,
  openBulkTag,
  openSavedSearchBuilder,
  redoLatest,
  showShortcuts,
  showView,
  targetContactIds,
  trashContacts,
  undoLatest,
} from '../commands/app-commands-run';
import { addPaletteActions } from './palette-actions';

const hasTarget = () => targetContactIds().length > 0;
const t = i18next.t.bind(i18next);

export function registerCorePaletteActions(): void {
  addPaletteActions([
    { id: 'contact.new', label: () => t('palette.action.newContact'), shortcut: 'N', run: newContact },
    { id: 'contact.edit', label: () => t('palette.action.editContact'), shortcut: 'E', isAvailable: () => useSelectedContactStore.getState().selectedId !== null, run: editActiveContact },
    { id: 'contact.delete', label: () => t('palette.action.deleteContacts'), shortcut: 'Delete', isAvailable: hasTarget, run: () => trashContacts() },
    { id: 'contact.tag', label: () => t('palette.action.tagContacts'), isAvailable: hasTarget, run: () => openBulkTag('tag') },
    { id: 'contact.untag', label: () => t('palette.action.untagContacts'), isAvailable: hasTarget, run: () => openBulkTag('untag') },
    { id: 'contacts.export', label: () => t('palette.action.export'), run: () => exportContacts() },
    { id: 'search.focus', label: () => t('palette.action.find'), shortcut: '/', run: focusSearchBox },
    { id: 'search.save', label: () => t('palette.action.saveSearch'), run: openSavedSearchBuilder },
    { id: 'history.undo', label: () => t('palette.action.undo'), shortcut: 'Ctrl+Z', run: undoLatest },
    { id: 'history.redo', label: () => t('palette.action.redo'), shortcut: 'Shift+Ctrl+Z', run: redoLatest },
    { id: 'view.all', label: () => t('palette.action.showAll'), run: () => useViewStore.getState().showScope({ kind: 'all' }) },
    { id: 'view.favorites', label: () => t('palette.action.showFavorites'), run: () => useViewStore.getState().showScope({ kind: 'favorites' }) },
    { id: 'view.trash', label: () => t('palette.action.showTrash'), run: () => showView('trash') },
    { id: 'view.imports', label: () => t('palette.action.showImports'), isAvailable: () => isViewAvailable('imports'), run: () => showView('imports') },
    { id: 'view.duplicates', label: () => t('palette.action.showDuplicates'), isAvailable: () => isViewAvailable('duplicates'), run: () => showView('duplicates') },
    { id: 'view.settings', label: () => t('palette.action.showSettings'), isAvailable: () => isViewAvailable('settings'), run: () => showView('settings') },
    { id: 'sort.name', label: () => t('palette.action.sortName'), run: () => useContactListStore.getState().setSort('name') },
    { id: 'sort.lastContacted', label: () => t('palette.action.sortLastContacted'), run: () => useContactListStore.getState().setSort('lastContacted') },
    { id: 'sort.created', label: () => t('palette.action.sortCreated'), run: () => useContactListStore.getState().setSort('created') },
    { id: 'theme.light', label: () => t('palette.action.themeLight'), run: () => void useSettingsStore.getState().update({ theme: 'light' }) },
    { id: 'theme.dark', label: () => t('palette.action.themeDark'), run: () => void useSettingsStore.getState().update({ theme: 'dark' }) },
    { id: 'theme.system', label: () => t('palette.action.themeSystem'), run: () => void useSettingsStore.getState().update({ theme: 'system' }) },
    { id: 'app.backup', label: () => t('palette.action.backup'), run: backupNow },
    { id: 'help.shortcuts', label: () => t('palette.action.shortcuts'), shortcut: '?', run: showShortcuts },
  ]);
}
