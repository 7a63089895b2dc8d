/**
 * Turning a draft or a patch into rows. Used by the contacts service, the importer and
 * merge, always inside a change set, so every field written is logged.
 */
import type { ContactDraft, ContactPatch } from '../../../shared/domain/contact';
import { formatPartialDate } from '../../../shared/domain/partial-date';
import { RapportError } from '../../../shared/domain/errors';
import type { ChangeSet, Row } from '../../db/change-set';
import { newId } from '../../db/ids';
import { findOrCreateOrganization } from '../organizations/find-or-create';
import { reindexContact } from '../search/search-index';
import { setContactTags } from '../tags/find-or-create';
import { saveChildList } from './child-lists';
import { CHILD_LIST_NAMES, CHILD_SPECS, desiredChildren, rowText } from './child-specs';
import { deriveDisplayName, nameSortKey } from './display-name';
import { readContactDraft } from './read-contact';

export interface WriteOptions {
  /** For normalising phone numbers typed without a country code. */
  defaultCountry: string | null;
  importId?: string | null;
}

/** The scalar columns of a contact that come straight from the draft. */
function scalarColumns(draft: ContactDraft): Row {
  return {
    prefix: draft.prefix,
    given: draft.given,
    middle: draft.middle,
    family: draft.family,
    suffix: draft.suffix,
    nickname: draft.nickname,
    phonetic_given: draft.phoneticGiven,
    phonetic_middle: draft.phoneticMiddle,
    phonetic_family: draft.phoneticFamily,
    birthday: draft.birthday ? formatPartialDate(draft.birthday) : null,
    anniversary: draft.anniversary ? formatPartialDate(draft.anniversary) : null,
    photo: draft.photo ? Buffer.from(draft.photo.base64, 'base64') : null,
    photo_type: draft.photo ? draft.photo.mediaType : '',
    notes: draft.notes,
    title: draft.title,
    department: draft.department,
    custom_fields: JSON.stringify(draft.customFields),
    favorite: draft.favorite ? 1 : 0,
    vcard_uid: draft.vcardUid,
  };
}

function resolveOrganization(changes: ChangeSet, draft: Pick<ContactDraft, 'organizationId' | 'organizationName'>): {
  id: string | null;
  name: string;
} {
  if (draft.organizationId) {
    const organization = changes.read('organization', draft.organizationId);
    if (!organization || organization.deleted_at) {
      throw new RapportError('NOT_FOUND', `There is no organization with id ${draft.organizationId}.`, { field: 'organizationId' });
    }
    return { id: draft.organizationId, name: rowText(organization, 'name') };
  }
  const id = findOrCreateOrganization(changes, draft.organizationName);
  return { id, name: draft.organizationName.trim() };
}

function nameColumns(draft: ContactDraft, organizationName: string): Row {
  const typed = draft.displayName.trim();
  const displayName = typed || deriveDisplayName(draft, organizationName);
  return { display_name: displayName, display_name_set: typed ? 1 : 0, sort_key: nameSortKey(displayName) };
}

function saveChildren(changes: ChangeSet, contactId: string, draft: ContactDraft, options: WriteOptions): void {
  for (const name of CHILD_LIST_NAMES) {
    saveChildList(changes, CHILD_SPECS[name], contactId, desiredChildren(name, draft, options.defaultCountry));
  }
  setContactTags(changes, contactId, draft.tags);
}

export function insertContact(changes: ChangeSet, draft: ContactDraft, options: WriteOptions): string {
  const id = newId();
  const organization = resolveOrganization(changes, draft);
  changes.insert('contact', {
    id,
    ...scalarColumns(draft),
    ...nameColumns(draft, organization.name),
    organization_id: organization.id,
    import_id: options.importId ?? null,
  });
  saveChildren(changes, id, draft, options);
  reindexContact(changes.db, id);
  return id;
}

/** Applies a patch: fields present replace, fields absent stay. Returns whether anything changed. */
export function updateContact(changes: ChangeSet, id: string, patch: ContactPatch, options: WriteOptions): boolean {
  const before = changes.read('contact', id);
  if (!before) throw new RapportError('NOT_FOUND', `There is no contact with id ${id}.`);
  const current = readContactDraft(changes.db, id);
  const merged: ContactDraft = { ...current, ...patch };
  // A patch that names an organization by name only must not keep the old id.
  if (patch.organizationName !== undefined && patch.organizationId === undefined) merged.organizationId = null;
  const organization = resolveOrganization(changes, merged);
  // Keep a display name the person typed; re-derive one that was derived.
  const keepTypedName = patch.displayName === undefined && before.display_name_set === 1;
  const names = keepTypedName ? {} : nameColumns(merged, organization.name);
  const scalarsChanged = changes.update('contact', id, {
    ...scalarColumns(merged),
    ...names,
    organization_id: organization.id,
  });
  const sizeBefore = changes.size;
  saveChildren(changes, id, merged, options);
  const childrenChanged = changes.size > sizeBefore;
  if (childrenChanged && !scalarsChanged) {
    // A change to an e-mail is a change to the contact: its updated_at moves too.
    changes.touch('contact', id);
  }
  if (scalarsChanged || childrenChanged) reindexContact(changes.db, id);
  return scalarsChanged || childrenChanged;
}
