/**
 * Every action of the core interface as a plain function, so the toolbar buttons, the
 * keyboard shortcuts, the native menu and the command palette all do exactly the same.
 * Outcomes are reported on a toast; destructive ones carry "Undo".
 */
import i18next from 'i18next';
import type { ExportScope } from '../../../shared/domain/exports';
import { api } from '../../api/client';
import { deleteContacts, redoChangeSet, undoChangeSet } from '../../state/contact-actions';
import { useContactListStore } from '../../state/contact-list-store';
import { useListSelectionStore } from '../../state/list-selection-store';
import { useOverlayStore } from '../../state/overlay-store';
import { useSelectedContactStore } from '../../state/selected-contact-store';
import { useToastStore } from '../../state/toast-store';
import { useViewStore } from '../../state/view-store';
import { mountedCommand } from '../app-commands';
import { openAppDialog } from '../app-dialogs';
import { isViewAvailable, type AppView } from '../app-views';
import { errorText } from '../common/error-text';

const SEARCH_BOX_ID = 'contact-search';
const LISTBOX_ID = 'contact-listbox';

function toast(message: string, undoChangeSetId?: string | null): void {
  useToastStore.getState().show(undoChangeSetId ? { message, undoChangeSetId } : { message });
}

function failed(error: unknown): void {
  toast(i18next.t('toast.failed', { reason: errorText(i18next.t, error) }));
}

/** After the view renders: the pane that holds the element may mount with the view. */
function afterRender(work: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(work));
}

export function focusSearchBox(): void {
  useViewStore.getState().showView('contacts');
  afterRender(() => document.getElementById(SEARCH_BOX_ID)?.focus());
}

export function focusContactList(): void {
  document.getElementById(LISTBOX_ID)?.focus();
}

export function newContact(): void {
  useViewStore.getState().openEditor({ mode: 'create' });
}

export function editActiveContact(): void {
  const id = useSelectedContactStore.getState().selectedId;
  if (id) useViewStore.getState().openEditor({ mode: 'edit', contactId: id });
}

/** The contacts the bulk actions act on: the multi-selection, else the open contact. */
export function targetContactIds(): string[] {
  const selected = [...useListSelectionStore.getState().ids];
  if (selected.length > 0) return selected;
  const active = useSelectedContactStore.getState().selectedId;
  return active ? [active] : [];
}

export async function trashContacts(ids: string[] = targetContactIds()): Promise<void> {
  if (ids.length === 0) return;
  const name = ids.length === 1 ? nameOf(ids[0] ?? '') : null;
  try {
    const changeSetId = await deleteContacts(ids);
    toast(name ? i18next.t('toast.deleted', { name }) : i18next.t('toast.deletedMany', { count: ids.length }), changeSetId);
  } catch (error) {
    failed(error);
  }
}

function nameOf(id: string): string {
  const contact = useSelectedContactStore.getState().contact;
  if (contact?.id === id) return contact.displayName;
  return useContactListStore.getState().items.find((item) => item.id === id)?.displayName ?? '';
}

export async function undoLatest(): Promise<void> {
  try {
    const result = await undoChangeSet();
    toast(i18next.t('toast.undone', { label: result.label }));
  } catch (error) {
    failed(error);
  }
}

export async function redoLatest(): Promise<void> {
  try {
    const result = await redoChangeSet();
    toast(i18next.t('toast.redone', { label: result.label }));
  } catch (error) {
    failed(error);
  }
}

export function openPalette(): void {
  useOverlayStore.getState().open({ kind: 'palette' });
}

export function showShortcuts(): void {
  useOverlayStore.getState().open({ kind: 'shortcuts' });
}

export function openBulkTag(mode: 'tag' | 'untag'): void {
  const ids = targetContactIds();
  if (ids.length > 0) useOverlayStore.getState().open({ kind: 'bulkTag', mode, ids });
}

export function openSavedSearchBuilder(): void {
  useViewStore.getState().showView('contacts');
  useOverlayStore.getState().open({ kind: 'savedSearch', query: useContactListStore.getState().filterQuery, editing: null });
}

/** The import wizard when it is mounted, else the Imports view. */
export function startImport(): void {
  if (!openAppDialog('import', {})) showView('imports');
}

export function showView(view: AppView): void {
  if (isViewAvailable(view)) useViewStore.getState().showView(view);
  else toast(i18next.t('toast.notAvailable'));
}

/** What "Export" means where the person stands: the selection, else the list's scope. */
export function currentExportScope(): ExportScope {
  const ids = [...useListSelectionStore.getState().ids];
  if (ids.length > 0) return { kind: 'ids', ids };
  const { scope, filterQuery } = useContactListStore.getState();
  if (filterQuery.trim()) return { kind: 'query', query: filterQuery.trim() };
  if (scope.kind === 'tag') return { kind: 'tag', tagId: scope.tagId };
  if (scope.kind === 'savedSearch') return { kind: 'savedSearch', savedSearchId: scope.savedSearchId };
  return { kind: 'all' };
}

export function exportContacts(scope: ExportScope = currentExportScope()): void {
  if (!openAppDialog('export', { scope })) toast(i18next.t('toast.notAvailable'));
}

export function exportSelection(): void {
  const ids = targetContactIds();
  if (ids.length > 0) exportContacts({ kind: 'ids', ids });
}

export async function backupNow(): Promise<void> {
  const handler = mountedCommand('backup');
  if (handler) {
    await handler();
    return;
  }
  try {
    const result = await api.call('app.backup', {});
    toast(i18next.t('toast.backedUp', { path: result.path }));
  } catch (error) {
    failed(error);
  }
}
