/**
 * Two-way sync of contacts with one CardDAV address book per account.
 *
 * What is "changed since the last sync" comes from data already kept: a card changed on
 * the server when its ETag differs from the one stored in carddav_cards; a contact changed
 * here when its change log has an HLC later than the link's synced_hlc. So edits made while
 * offline need no queue of their own: they are simply later than synced_hlc until a sync
 * succeeds, and a failed sync (server down, network gone) loses nothing. Failures are
 * recorded with a retry time that backs off (30 s, 1 min, 2 min… up to an hour).
 *
 * Order of one sync: fetch the list of ETags; bring in cards new or changed on the server
 * (merging with local edits, see merge-card.ts); trash contacts whose card was deleted on
 * the server (unless edited here since: then they are uploaded again); then send contacts
 * changed, trashed or created here, each with If-Match / If-None-Match so a card changed
 * on the server meanwhile is merged on the next sync instead of being overwritten.
 */
import { RapportError } from '../../../shared/domain/errors';
import type { ContactDraft } from '../../../shared/domain/contact';
import type { CarddavAccount, CarddavSyncResult } from '../../../shared/domain/sync';
import { write, type CoreContext } from '../../core/context';
import { insertContact, updateContact } from '../../core/contacts/write-contact';
import { readContactDraft } from '../../core/contacts/read-contact';
import { reindexContact } from '../../core/search/search-index';
import { readSettings } from '../../core/settings/settings-service';
import { newId } from '../../db/ids';
import { encodeLogValue } from '../../db/log-values';
import { statement } from '../../db/statements';
import { matchExistingContact } from '../../interchange/import/match-existing';
import { carddavPasswordKey, type SecretStore } from '../secret-store';
import { CardChangedOnServer, createCarddavClient, type CarddavClient, type CarddavCredentials } from './carddav-client';
import { cardToDraft, cardUid, contactToCard } from './card-draft';
import { mergeCard, type CardConflict } from './merge-card';

interface AccountRow {
  id: string;
  server_url: string;
  username: string;
  address_book_url: string;
  vcard_version: string;
  last_sync_at: string | null;
  last_error: string | null;
  retry_at: string | null;
  failures: number;
}

interface LinkRow {
  href: string;
  contact_id: string;
  etag: string | null;
  synced_hlc: string | null;
  synced_card: string | null;
}

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

export interface CarddavServiceOptions {
  /** Tests may bring their own client; the app uses tsdav. */
  clientFor?: (credentials: CarddavCredentials) => CarddavClient;
}

export function createCarddavService(ctx: CoreContext, secrets: SecretStore, options: CarddavServiceOptions = {}) {
  const clientFor = options.clientFor ?? createCarddavClient;
  const { db } = ctx;

  function account(id: string): AccountRow {
    const row = statement(db, 'SELECT * FROM carddav_accounts WHERE id = ?').get(id) as AccountRow | undefined;
    if (!row) throw new RapportError('NOT_FOUND', `There is no CardDAV account with id ${id}.`, { id });
    return row;
  }

  function toAccount(row: AccountRow): CarddavAccount {
    return {
      id: row.id,
      serverUrl: row.server_url,
      username: row.username,
      addressBookUrl: row.address_book_url,
      vcardVersion: row.vcard_version === '4.0' ? '4.0' : '3.0',
      lastSyncAt: row.last_sync_at,
      lastError: row.last_error,
      retryAt: row.retry_at,
      cards: statement(db, 'SELECT count(*) FROM carddav_cards WHERE account_id = ?').pluck().get(row.id) as number,
    };
  }

  const latestHlc = (contactId: string): string =>
    (statement(db, 'SELECT max(hlc) FROM change_log WHERE owner_id = ?').pluck().get(contactId) as string | null) ?? '';

  function recordConflicts(contactId: string, conflicts: readonly CardConflict[], keptHlc: string, lostHlc: string, lostDevice: string): number {
    let count = 0;
    for (const conflict of conflicts) {
      const inserted = statement(
        db,
        `INSERT OR IGNORE INTO sync_conflicts (id, entity, entity_id, field, kept_value, lost_value, kept_hlc, lost_hlc, lost_device, origin, created_at)
         VALUES (?, 'contact', ?, ?, ?, ?, ?, ?, ?, 'carddav', ?)`,
      ).run(newId(), contactId, conflict.field, encodeLogValue(conflict.kept), encodeLogValue(conflict.lost), keptHlc, lostHlc, lostDevice, ctx.now().toISOString());
      count += inserted.changes;
    }
    return count;
  }

  function saveLink(accountId: string, href: string, contactId: string, etag: string | null, card: string | null): void {
    statement(
      db,
      `INSERT INTO carddav_cards (account_id, href, contact_id, etag, synced_hlc, synced_card) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, href) DO UPDATE SET contact_id = excluded.contact_id, etag = excluded.etag, synced_hlc = excluded.synced_hlc, synced_card = excluded.synced_card`,
    ).run(accountId, href, contactId, etag, latestHlc(contactId), card);
  }

  function findLocalMatch(accountId: string, draft: ContactDraft, uid: string | null): string | null {
    if (uid) {
      const byUid = statement(db, "SELECT id FROM contacts WHERE (vcard_uid = ? OR 'urn:uuid:' || id = ?) AND deleted_at IS NULL").pluck().get(uid, uid) as string | undefined;
      if (byUid) return byUid;
    }
    const match = matchExistingContact(db, draft, readSettings(ctx).defaultCountry);
    if (!match) return null;
    const linked = statement(db, 'SELECT 1 FROM carddav_cards WHERE account_id = ? AND contact_id = ?').get(accountId, match.contactId);
    return linked ? null : match.contactId;
  }

  async function runSync(row: AccountRow, client: CarddavClient, result: CarddavSyncResult): Promise<void> {
    const version = row.vcard_version === '4.0' ? '4.0' : '3.0';
    const writeOptions = { defaultCountry: readSettings(ctx).defaultCountry };
    const etags = await client.listEtags(row.address_book_url);
    const links = new Map((statement(db, 'SELECT * FROM carddav_cards WHERE account_id = ?').all(row.id) as LinkRow[]).map((link) => [link.href, link]));
    const mustUpload = new Set<string>();

    // 1. Cards new or changed on the server.
    const changed = [...etags].filter(([url, etag]) => etag === null || links.get(url)?.etag !== etag).map(([url]) => url);
    for (const card of await client.fetchCards(row.address_book_url, changed)) {
      const draft = await cardToDraft(card.data);
      if (!draft) continue;
      const link = links.get(card.url);
      const existing = link ? statement(db, 'SELECT id, deleted_at FROM contacts WHERE id = ?').get(link.contact_id) as { id: string; deleted_at: string | null } | undefined : undefined;
      if (link && !existing) continue; // purged here: the local pass deletes the card
      const contactId = existing?.id ?? findLocalMatch(row.id, draft, cardUid(card.data));
      if (!contactId) {
        const { result: createdId } = write(ctx, { kind: 'sync', label: `CardDAV: add ${draft.displayName || draft.given || 'contact'}`, entities: ['contacts', 'tags', 'organizations'] }, (changes) =>
          insertContact(changes, { ...draft, vcardUid: draft.vcardUid ?? cardUid(card.data) }, writeOptions),
        );
        saveLink(row.id, card.url, createdId, card.etag, card.data);
        result.created += 1;
        continue;
      }
      const localChanged = !link || latestHlc(contactId) > (link.synced_hlc ?? '');
      const base = link?.synced_card ? await cardToDraft(link.synced_card) : null;
      const local = readContactDraft(db, contactId);
      const lostHlc = latestHlc(contactId);
      const { patch, conflicts } = localChanged ? mergeCard(link ? base : null, local, draft) : { patch: draft, conflicts: [] };
      write(ctx, { kind: 'sync', label: `CardDAV: ${local.displayName || local.given || 'contact'}`, entities: ['contacts', 'tags', 'organizations'] }, (changes) => {
        const { organizationId: _ignored, ...fields } = patch;
        if (updateContact(changes, contactId, fields, writeOptions)) result.updated += 1;
        result.conflicts += link ? recordConflicts(contactId, conflicts, changes.info.hlc, lostHlc, ctx.device.id) : recordConflicts(contactId, conflicts, lostHlc, `carddav:${card.etag ?? card.url}`, 'carddav');
      });
      saveLink(row.id, card.url, contactId, card.etag, card.data);
      if (localChanged) mustUpload.add(card.url);
    }

    // 2. Cards deleted on the server.
    for (const link of links.values()) {
      if (etags.has(link.href)) continue;
      statement(db, 'DELETE FROM carddav_cards WHERE account_id = ? AND href = ?').run(row.id, link.href);
      const contact = statement(db, 'SELECT deleted_at FROM contacts WHERE id = ?').get(link.contact_id) as { deleted_at: string | null } | undefined;
      if (!contact || contact.deleted_at || latestHlc(link.contact_id) > (link.synced_hlc ?? '')) continue; // edited here: uploaded again below
      write(ctx, { kind: 'sync', label: 'CardDAV: deleted on the server', entities: ['contacts'] }, (changes) => {
        if (changes.trash('contact', link.contact_id)) reindexContact(db, link.contact_id);
      });
      result.deleted += 1;
    }

    // 3. Contacts changed, trashed or created here.
    for (const link of statement(db, 'SELECT * FROM carddav_cards WHERE account_id = ?').all(row.id) as LinkRow[]) {
      const contact = statement(db, 'SELECT deleted_at FROM contacts WHERE id = ?').get(link.contact_id) as { deleted_at: string | null } | undefined;
      try {
        if (!contact || contact.deleted_at) {
          await client.deleteCard(link.href, link.etag);
          statement(db, 'DELETE FROM carddav_cards WHERE account_id = ? AND href = ?').run(row.id, link.href);
          result.removedOnServer += 1;
        } else if (mustUpload.has(link.href) || latestHlc(link.contact_id) > (link.synced_hlc ?? '')) {
          const card = contactToCard(db, link.contact_id, version);
          const etag = await client.putCard(link.href, card, link.etag);
          saveLink(row.id, link.href, link.contact_id, etag, card);
          result.uploaded += 1;
        }
      } catch (error) {
        if (!(error instanceof CardChangedOnServer)) throw error;
      }
    }
    const unlinked = statement(
      db,
      'SELECT id, vcard_uid FROM contacts c WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM carddav_cards l WHERE l.account_id = ? AND l.contact_id = c.id) ORDER BY seq',
    ).all(row.id) as { id: string; vcard_uid: string | null }[];
    for (const contact of unlinked) {
      const name = (contact.vcard_uid ?? contact.id).replace(/[^A-Za-z0-9._-]+/g, '_');
      const href = new URL(`${name}.vcf`, row.address_book_url.replace(/\/?$/, '/')).toString();
      const card = contactToCard(db, contact.id, version);
      try {
        const etag = await client.putCard(href, card, null);
        saveLink(row.id, href, contact.id, etag, card);
        result.uploaded += 1;
      } catch (error) {
        if (!(error instanceof CardChangedOnServer)) throw error;
      }
    }
  }

  return {
    accounts(): CarddavAccount[] {
      return (statement(db, 'SELECT * FROM carddav_accounts ORDER BY created_at').all() as AccountRow[]).map(toAccount);
    },

    /** Discovers the address book, remembers the account, and keeps the password in the secret store. */
    async add(input: { serverUrl: string; username: string; password: string; addressBookUrl?: string | undefined }): Promise<CarddavAccount> {
      let bookUrl = input.addressBookUrl;
      if (!bookUrl) {
        const books = await clientFor(input).discoverAddressBooks();
        if (books.length === 0) throw new RapportError('NOT_FOUND', `No address book was found at ${input.serverUrl} for ${input.username}.`);
        bookUrl = books[0]!.url;
      }
      const id = newId();
      statement(db, 'INSERT INTO carddav_accounts (id, server_url, username, address_book_url, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id, input.serverUrl, input.username, bookUrl, ctx.now().toISOString(),
      );
      await secrets.set(carddavPasswordKey(id), input.password);
      ctx.emit({ type: 'dataChanged', entities: ['sync'], changeSetId: null });
      return toAccount(account(id));
    },

    async remove(id: string): Promise<boolean> {
      const removed = statement(db, 'DELETE FROM carddav_accounts WHERE id = ?').run(id).changes === 1;
      await secrets.delete(carddavPasswordKey(id));
      return removed;
    },

    /**
     * One sync of one account. The password comes from the secret store unless given (the
     * command line passes it for this run only). A network failure is not thrown: it is
     * recorded on the account with the time of the next try, and returned as `error`.
     */
    async sync(id: string, password?: string): Promise<CarddavSyncResult> {
      const row = account(id);
      const secret = password ?? (await secrets.get(carddavPasswordKey(id)));
      if (secret === null) throw new RapportError('UNAUTHORIZED', 'No password is stored for this CardDAV account: add it again.');
      const result: CarddavSyncResult = { accountId: id, created: 0, updated: 0, deleted: 0, uploaded: 0, removedOnServer: 0, conflicts: 0, error: null };
      const client = clientFor({ serverUrl: row.server_url, username: row.username, password: secret });
      const nowIso = () => ctx.now().toISOString();
      try {
        await runSync(row, client, result);
        statement(db, 'UPDATE carddav_accounts SET last_sync_at = ?, last_error = NULL, failures = 0, retry_at = NULL WHERE id = ?').run(nowIso(), id);
      } catch (error) {
        if (error instanceof RapportError && error.code === 'UNAUTHORIZED') throw error;
        const failures = row.failures + 1;
        const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failures - 1));
        result.error = error instanceof Error ? error.message : String(error);
        statement(db, 'UPDATE carddav_accounts SET last_error = ?, failures = ?, retry_at = ? WHERE id = ?').run(
          result.error, failures, new Date(ctx.now().getTime() + delay).toISOString(), id,
        );
      }
      ctx.emit({ type: 'dataChanged', entities: ['contacts', 'sync'], changeSetId: null });
      return result;
    },
  };
}

export type CarddavService = ReturnType<typeof createCarddavService>;
