/**
 * What sync (change bundles between devices, CardDAV) needs beyond the first schema.
 *
 * - Peers are tracked by positions in each side's own change log (`seq`), not by HLC:
 *   a row received late from a third device can carry an old HLC, and a cursor by HLC
 *   would never forward it. `acked_seq` is how far of OUR log the peer has confirmed,
 *   `received_seq` how far of THEIR log we have applied without a gap.
 * - `sync_deferred` holds rows the change log knows but the tables cannot show yet (their
 *   parent has not arrived, or was removed): retried after every import.
 * - A conflict is recorded once per losing edit, whatever order bundles arrive in.
 * - `carddav_cards` links server cards to contacts WITHOUT a foreign key: purging a contact
 *   must not forget the card's href, or the next sync would bring the contact back.
 */
export const migration0003 = `
ALTER TABLE sync_peers ADD COLUMN acked_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_peers ADD COLUMN received_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_peers ADD COLUMN last_sent_seq INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sync_deferred (
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX sync_conflicts_by_loss ON sync_conflicts (entity, entity_id, field, lost_hlc);

ALTER TABLE carddav_accounts ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE carddav_accounts ADD COLUMN retry_at TEXT;

CREATE TABLE carddav_cards (
  account_id  TEXT NOT NULL REFERENCES carddav_accounts (id) ON DELETE CASCADE,
  href        TEXT NOT NULL,
  contact_id  TEXT NOT NULL, -- no foreign key on purpose, see above
  etag        TEXT,
  synced_hlc  TEXT,          -- the contact's latest change-log HLC when last in step
  synced_card TEXT,          -- the card as last seen on the server, the common point for conflicts
  PRIMARY KEY (account_id, href)
) STRICT;
CREATE INDEX carddav_cards_by_contact ON carddav_cards (contact_id);
`;
