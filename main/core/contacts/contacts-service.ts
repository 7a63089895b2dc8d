/**
 * The contacts service: everything the API, the CLI and the importer do with contacts.
 * Each write is one transaction and one change set (one undo step).
 */
import { ContactDraftSchema, ContactPatchSchema, type Contact, type ContactDraftInput, type ContactPatchInput } from '../../../shared/domain/contact';
import type { ContactListInput, ContactPage } from '../../../shared/domain/listing';
import { ContactListInputSchema } from '../../../shared/domain/listing';
import { RapportError } from '../../../shared/domain/errors';
import type { ChangeSet } from '../../db/change-set';
import { statement } from '../../db/statements';
import { write, type CoreContext } from '../context';
import { reindexContact } from '../search/search-index';
import { readSettings } from '../settings/settings-service';
import { addTagToContact, findOrCreateTag, removeTagFromContact } from '../tags/find-or-create';
import { filterConditions, listContactPage } from './list-contacts';
import { readContact } from './read-contact';
import { insertContact, updateContact } from './write-contact';

export interface WriteResult<T> {
  value: T;
  /** The change set to undo this write; null when nothing changed. */
  changeSetId: string | null;
}

function assertExists(changes: ChangeSet, id: string): void {
  if (!changes.read('contact', id)) throw new RapportError('NOT_FOUND', `There is no contact with id ${id}.`, { id });
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : `${count} ${many}`;
}

export function createContactsService(ctx: CoreContext) {
  const writeOptions = () => ({ defaultCountry: readSettings(ctx).defaultCountry });

  function savedSearchQuery(id: string): string {
    const row = statement(ctx.db, 'SELECT query FROM saved_searches WHERE id = ? AND deleted_at IS NULL').get(id) as { query: string } | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no saved search with id ${id}.`, { field: 'savedSearchId' });
    return row.query;
  }

  function setTrashed(ids: readonly string[], trashed: boolean): { count: number; changeSetId: string | null } {
    const verb = trashed ? 'Delete' : 'Restore';
    const { result, changeSetId } = write(
      ctx,
      { kind: 'user', label: `${verb} ${plural(ids.length, 'contact', 'contacts')}`, entities: ['contacts'] },
      (changes) => {
        let count = 0;
        for (const id of ids) {
          assertExists(changes, id);
          if (trashed ? changes.trash('contact', id) : changes.restore('contact', id)) {
            reindexContact(ctx.db, id);
            count += 1;
          }
        }
        return count;
      },
    );
    return { count: result, changeSetId };
  }

  return {
    /** Inputs are parsed here too: the CLI, the importer and tests call services directly. */
    create(input: ContactDraftInput): WriteResult<Contact> {
      const draft = ContactDraftSchema.parse(input);
      const { result: id, changeSetId } = write(
        ctx,
        { kind: 'user', label: `Add ${draft.displayName || [draft.given, draft.family].filter(Boolean).join(' ') || 'contact'}`, entities: ['contacts'] },
        (changes) => insertContact(changes, draft, writeOptions()),
      );
      return { value: readContact(ctx.db, id), changeSetId };
    },

    get(id: string): Contact {
      return readContact(ctx.db, id);
    },

    update(id: string, input: ContactPatchInput): WriteResult<Contact> {
      const patch = ContactPatchSchema.parse(input);
      const name = readContact(ctx.db, id).displayName;
      const { changeSetId } = write(ctx, { kind: 'user', label: `Edit ${name}`, entities: ['contacts'] }, (changes) =>
        updateContact(changes, id, patch, writeOptions()),
      );
      return { value: readContact(ctx.db, id), changeSetId };
    },

    trash: (ids: readonly string[]) => setTrashed(ids, true),
    restore: (ids: readonly string[]) => setTrashed(ids, false),

    list(input: ContactListInput): ContactPage {
      const parsed = ContactListInputSchema.parse(input);
      const filter = { ...parsed.filter };
      const conditions = filterConditions(filter, ctx.now());
      if (filter.savedSearchId) conditions.push(...filterConditions({ query: savedSearchQuery(filter.savedSearchId) }, ctx.now()));
      return listContactPage(ctx.db, { ...parsed, conditions });
    },

    count(filter: ContactListInput['filter'] = {}): number {
      const conditions = filterConditions(filter ?? {}, ctx.now());
      if (filter?.savedSearchId) conditions.push(...filterConditions({ query: savedSearchQuery(filter.savedSearchId) }, ctx.now()));
      const sql = `SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL${conditions.map((c) => ` AND ${c.sql}`).join('')}`;
      return ctx.db.prepare(sql).pluck().get(...conditions.flatMap((c) => c.params)) as number;
    },

    bulkTag(ids: readonly string[], tagName: string): { count: number; changeSetId: string | null } {
      const { result, changeSetId } = write(
        ctx,
        { kind: 'user', label: `Tag ${plural(ids.length, 'contact', 'contacts')} “${tagName}”`, entities: ['contacts', 'tags'] },
        (changes) => {
          const tagId = findOrCreateTag(changes, tagName);
          let count = 0;
          for (const id of ids) {
            assertExists(changes, id);
            if (addTagToContact(changes, id, tagId)) {
              reindexContact(ctx.db, id);
              count += 1;
            }
          }
          return count;
        },
      );
      return { count: result, changeSetId };
    },

    bulkUntag(ids: readonly string[], tagId: string): { count: number; changeSetId: string | null } {
      const { result, changeSetId } = write(
        ctx,
        { kind: 'user', label: `Untag ${plural(ids.length, 'contact', 'contacts')}`, entities: ['contacts', 'tags'] },
        (changes) => {
          let count = 0;
          for (const id of ids) {
            assertExists(changes, id);
            if (removeTagFromContact(changes, id, tagId)) {
              reindexContact(ctx.db, id);
              count += 1;
            }
          }
          return count;
        },
      );
      return { count: result, changeSetId };
    },
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
