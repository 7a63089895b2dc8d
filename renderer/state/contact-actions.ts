/**
 * What a person does to contacts. Each action calls the API, then refreshes the views
 * right away rather than waiting for the dataChanged event, so the window never shows the
 * old state after the person's own action. Errors are thrown to the caller, which knows
 * how to show them (inline in a form, or on a toast).
 */
import type { Contact, ContactDraftInput, ContactPatch } from '../../shared/domain/contact';
import type { TrashItem, UndoResult } from '../../shared/domain/records';
import { api } from '../api/client';
import { useListSelectionStore } from './list-selection-store';
import { refreshContactViews } from './refresh-contact-views';
import { useSelectedContactStore } from './selected-contact-store';

export async function createContact(draft: ContactDraftInput): Promise<Contact> {
  const { value } = await api.call('contacts.create', draft);
  useSelectedContactStore.getState().select(value.id);
  useListSelectionStore.getState().selectOnly(value.id);
  await refreshContactViews();
  return value;
}

export async function updateContact(id: string, patch: ContactPatch): Promise<{ contact: Contact; changeSetId: string | null }> {
  const { value, changeSetId } = await api.call('contacts.update', { id, patch });
  await refreshContactViews();
  return { contact: value, changeSetId };
}

/** Moves contacts to the trash; returns the change set to offer "Undo" with. */
export async function deleteContacts(ids: string[]): Promise<string | null> {
  const { changeSetId } = await api.call('contacts.delete', { ids });
  const selection = useSelectedContactStore.getState();
  if (selection.selectedId !== null && ids.includes(selection.selectedId)) selection.select(null);
  useListSelectionStore.getState().clear();
  await refreshContactViews();
  return changeSetId;
}

export async function tagContacts(ids: string[], tagName: string): Promise<{ count: number; changeSetId: string | null }> {
  const result = await api.call('contacts.bulkTag', { ids, tagName });
  await refreshContactViews();
  return result;
}

export async function untagContacts(ids: string[], tagId: string): Promise<{ count: number; changeSetId: string | null }> {
  const result = await api.call('contacts.bulkUntag', { ids, tagId });
  await refreshContactViews();
  return result;
}

export async function restoreFromTrash(items: Pick<TrashItem, 'entity' | 'id'>[]): Promise<{ count: number; changeSetId: string | null }> {
  const result = await api.call('trash.restore', { items: items.map(({ entity, id }) => ({ entity, id })) });
  await refreshContactViews();
  return result;
}

/** Deletes for good; the change log keeps the values, so the returned change set can still be undone. */
export async function purgeFromTrash(items: Pick<TrashItem, 'entity' | 'id'>[]): Promise<{ count: number; changeSetId: string | null }> {
  const result = await api.call('trash.purge', { items: items.map(({ entity, id }) => ({ entity, id })) });
  await refreshContactViews();
  return result;
}

/** Undoes the given change set, or the latest one when none is given (Edit → Undo). */
export async function undoChangeSet(changeSetId?: string): Promise<UndoResult> {
  const result = await api.call('history.undo', changeSetId === undefined ? {} : { changeSetId });
  await refreshContactViews();
  return result;
}

export async function redoChangeSet(): Promise<UndoResult> {
  const result = await api.call('history.redo', {});
  await refreshContactViews();
  return result;
}
