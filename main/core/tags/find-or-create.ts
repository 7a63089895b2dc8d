import type { ChangeSet } from '../../db/change-set';
import { linkId, newId } from '../../db/ids';
import { statement } from '../../db/statements';
import { foldKey } from '../../../shared/text/fold-key';

export function findOrCreateTag(changes: ChangeSet, name: string): string {
  const trimmed = name.trim();
  const nameKey = foldKey(trimmed);
  const existing = statement(changes.db, 'SELECT id FROM tags WHERE name_key = ? AND deleted_at IS NULL').get(nameKey) as
    | { id: string }
    | undefined;
  if (existing) return existing.id;
  const id = newId();
  changes.insert('tag', { id, name: trimmed, name_key: nameKey });
  return id;
}

export function addTagToContact(changes: ChangeSet, contactId: string, tagId: string): boolean {
  const id = linkId(contactId, tagId);
  if (changes.read('contact_tag', id)) return false;
  changes.insert('contact_tag', { id, contact_id: contactId, tag_id: tagId });
  return true;
}

export function removeTagFromContact(changes: ChangeSet, contactId: string, tagId: string): boolean {
  return changes.remove('contact_tag', linkId(contactId, tagId));
}

/** Makes the contact's tags exactly these names (creating tags that do not exist yet). */
export function setContactTags(changes: ChangeSet, contactId: string, tagNames: readonly string[]): void {
  const wanted = new Set(tagNames.filter((name) => name.trim()).map((name) => findOrCreateTag(changes, name)));
  const current = statement(changes.db, 'SELECT tag_id FROM contact_tags WHERE contact_id = ?').all(contactId) as { tag_id: string }[];
  for (const { tag_id } of current) {
    if (!wanted.has(tag_id)) removeTagFromContact(changes, contactId, tag_id);
  }
  for (const tagId of wanted) addTagToContact(changes, contactId, tagId);
}
