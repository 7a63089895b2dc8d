/**
 * The first schema: every kind of record the product keeps, so later features add
 * behaviour rather than schema churn.
 *
 * Conventions:
 * - Every row that can be edited has `id TEXT PRIMARY KEY` (UUIDv7), so rows sort by
 *   creation and merge across machines; link tables use a deterministic id
 *   (`<left>|<right>`) so two machines that make the same link agree on its id.
 * - Soft-deletable records carry `deleted_at` (the trash); child rows are deleted for real,
 *   their old values kept in the change log.
 * - `contacts.seq` is an INTEGER PRIMARY KEY only because the full-text index needs a
 *   stable integer rowid; ids that leave the database are always `id`.
 * - Free text defaults to '' rather than NULL so comparisons and exports need no branches.
 */
export const migration0001 = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
) STRICT;

CREATE TABLE imports (
  id          TEXT PRIMARY KEY,
  file_name   TEXT NOT NULL,
  format      TEXT NOT NULL,
  dialect     TEXT NOT NULL DEFAULT '',
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  status      TEXT NOT NULL CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
  counts      TEXT NOT NULL DEFAULT '{}', -- JSON: read, created, merged, skipped, failed
  report      TEXT NOT NULL DEFAULT '[]', -- JSON: issues with file, line, field, reason
  undone_at   TEXT
) STRICT;

CREATE TABLE organizations (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL, -- folded name, to find "ACME" when "Acme" is typed
  domain     TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX organizations_by_name ON organizations (name_key) WHERE deleted_at IS NULL;

CREATE TABLE contacts (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  prefix            TEXT NOT NULL DEFAULT '',
  given             TEXT NOT NULL DEFAULT '',
  middle            TEXT NOT NULL DEFAULT '',
  family            TEXT NOT NULL DEFAULT '',
  suffix            TEXT NOT NULL DEFAULT '',
  display_name      TEXT NOT NULL,
  display_name_set  INTEGER NOT NULL DEFAULT 0, -- 1 when typed by a person, 0 when derived
  sort_key          TEXT NOT NULL,
  nickname          TEXT NOT NULL DEFAULT '',
  phonetic_given    TEXT NOT NULL DEFAULT '',
  phonetic_middle   TEXT NOT NULL DEFAULT '',
  phonetic_family   TEXT NOT NULL DEFAULT '',
  birthday          TEXT, -- YYYY-MM-DD or --MM-DD
  anniversary       TEXT,
  photo             BLOB,
  photo_type        TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  organization_id   TEXT REFERENCES organizations (id),
  title             TEXT NOT NULL DEFAULT '',
  department        TEXT NOT NULL DEFAULT '',
  custom_fields     TEXT NOT NULL DEFAULT '[]', -- JSON [{label, value}]
  favorite          INTEGER NOT NULL DEFAULT 0,
  vcard_uid         TEXT,
  last_contacted_at TEXT NOT NULL DEFAULT '', -- '' = never; derived from activities
  stay_in_touch_days INTEGER,
  import_id         TEXT REFERENCES imports (id),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;
CREATE INDEX contacts_by_name ON contacts (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_last_contacted ON contacts (last_contacted_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_created ON contacts (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_favourites ON contacts (sort_key, id) WHERE deleted_at IS NULL AND favorite = 1;
CREATE INDEX contacts_in_trash ON contacts (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX contacts_by_organization ON contacts (organization_id);
CREATE INDEX contacts_by_vcard_uid ON contacts (vcard_uid) WHERE vcard_uid IS NOT NULL;
CREATE INDEX contacts_by_import ON contacts (import_id) WHERE import_id IS NOT NULL;

CREATE TABLE contact_emails (
  id          TEXT PRIMARY KEY,
  contact_id  TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  address     TEXT NOT NULL,
  address_key TEXT NOT NULL, -- lowercased, for duplicate matching
  is_primary  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX contact_emails_by_contact ON contact_emails (contact_id, position);
CREATE INDEX contact_emails_by_key ON contact_emails (address_key);

CREATE TABLE contact_phones (
  id         TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  label      TEXT NOT NULL DEFAULT '',
  number     TEXT NOT NULL, -- as typed
  e164       TEXT,          -- where the country is known
  digits     TEXT NOT NULL, -- every digit of number, for search and matching
  is_primary INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX contact_phones_by_contact ON contact_phones (contact_id, position);
CREATE INDEX contact_phones_by_e164 ON contact_phones (e164) WHERE e164 IS NOT NULL;
CREATE INDEX contact_phones_by_digits ON contact_phones (digits);

CREATE TABLE contact_addresses (
  id          TEXT PRIMARY KEY,
  contact_id  TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  street      TEXT NOT NULL DEFAULT '',
  extended    TEXT NOT NULL DEFAULT '',
  po_box      TEXT NOT NULL DEFAULT '',
  city        TEXT NOT NULL DEFAULT '',
  region      TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  country     TEXT NOT NULL DEFAULT '',
  is_primary  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX contact_addresses_by_contact ON contact_addresses (contact_id, position);

CREATE TABLE contact_urls (
  id         TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  label      TEXT NOT NULL DEFAULT '',
  url        TEXT NOT NULL,
  is_primary INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX contact_urls_by_contact ON contact_urls (contact_id, position);

CREATE TABLE contact_ims (
  id         TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  label      TEXT NOT NULL DEFAULT '',
  service    TEXT NOT NULL DEFAULT '',
  handle     TEXT NOT NULL,
  is_primary INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX contact_ims_by_contact ON contact_ims (contact_id, position);

CREATE TABLE contact_related (
  id                 TEXT PRIMARY KEY,
  contact_id         TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL,
  label              TEXT NOT NULL DEFAULT '',
  name               TEXT NOT NULL DEFAULT '',
  related_contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX contact_related_by_contact ON contact_related (contact_id, position);
CREATE INDEX contact_related_by_related ON contact_related (related_contact_id);

CREATE TABLE contact_vcard_extras (
  id         TEXT PRIMARY KEY,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  line       TEXT NOT NULL -- a whole unfolded content line, written back on export
) STRICT;
CREATE INDEX contact_vcard_extras_by_contact ON contact_vcard_extras (contact_id, position);

CREATE TABLE tags (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL,
  color      TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX tags_by_name ON tags (name_key) WHERE deleted_at IS NULL;

CREATE TABLE contact_tags (
  id         TEXT PRIMARY KEY, -- contact_id|tag_id
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  tag_id     TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  UNIQUE (contact_id, tag_id)
) STRICT;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id, contact_id);

CREATE TABLE saved_searches (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  query      TEXT NOT NULL, -- the query syntax, e.g. "tag:vip -has:email"
  position   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE csv_mappings (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  mapping    TEXT NOT NULL, -- JSON ColumnMapping
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE pipeline_stages (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  position   INTEGER NOT NULL,
  outcome    TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE deals (
  id                TEXT PRIMARY KEY,
  title             TEXT NOT NULL,
  amount_minor      INTEGER NOT NULL DEFAULT 0, -- in the currency's minor unit (cents)
  currency          TEXT NOT NULL DEFAULT 'EUR',
  stage_id          TEXT REFERENCES pipeline_stages (id),
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
  close_reason      TEXT NOT NULL DEFAULT '',
  expected_close_on TEXT,
  closed_on         TEXT,
  organization_id   TEXT REFERENCES organizations (id),
  notes             TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;
CREATE INDEX deals_by_stage ON deals (stage_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_by_organization ON deals (organization_id);

CREATE TABLE deal_contacts (
  id         TEXT PRIMARY KEY, -- deal_id|contact_id
  deal_id    TEXT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  UNIQUE (deal_id, contact_id)
) STRICT;
CREATE INDEX deal_contacts_by_contact ON deal_contacts (contact_id);

CREATE TABLE activities (
  id               TEXT PRIMARY KEY,
  kind             TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'note', 'complaint', 'feedback', 'purchase')),
  occurred_at      TEXT NOT NULL,
  duration_minutes INTEGER,
  outcome          TEXT NOT NULL DEFAULT '',
  subject          TEXT NOT NULL DEFAULT '',
  body             TEXT NOT NULL DEFAULT '',
  organization_id  TEXT REFERENCES organizations (id),
  deal_id          TEXT REFERENCES deals (id),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
) STRICT;
CREATE INDEX activities_by_time ON activities (occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX activities_by_organization ON activities (organization_id, occurred_at);
CREATE INDEX activities_by_deal ON activities (deal_id, occurred_at);

CREATE TABLE activity_contacts (
  id          TEXT PRIMARY KEY, -- activity_id|contact_id
  activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  contact_id  TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  UNIQUE (activity_id, contact_id)
) STRICT;
CREATE INDEX activity_contacts_by_contact ON activity_contacts (contact_id, activity_id);

CREATE TABLE reminders (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  notes         TEXT NOT NULL DEFAULT '',
  due_at        TEXT NOT NULL,
  all_day       INTEGER NOT NULL DEFAULT 0,
  recurrence    TEXT, -- RFC 5545 RRULE text, e.g. FREQ=MONTHLY;INTERVAL=1
  snoozed_until TEXT,
  done_at       TEXT,
  notified_at   TEXT,
  source        TEXT NOT NULL DEFAULT 'manual', -- manual, birthday, anniversary, cadence
  contact_id    TEXT REFERENCES contacts (id) ON DELETE CASCADE,
  deal_id       TEXT REFERENCES deals (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
) STRICT;
CREATE INDEX reminders_open_by_due ON reminders (due_at) WHERE done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX reminders_by_contact ON reminders (contact_id);
CREATE INDEX reminders_by_deal ON reminders (deal_id);

CREATE TABLE purchases (
  id              TEXT PRIMARY KEY,
  contact_id      TEXT REFERENCES contacts (id),
  organization_id TEXT REFERENCES organizations (id),
  deal_id         TEXT REFERENCES deals (id),
  purchased_on    TEXT NOT NULL,
  currency        TEXT NOT NULL DEFAULT 'EUR',
  notes           TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE INDEX purchases_by_contact ON purchases (contact_id, purchased_on);
CREATE INDEX purchases_by_organization ON purchases (organization_id, purchased_on);

CREATE TABLE purchase_items (
  id               TEXT PRIMARY KEY,
  purchase_id      TEXT NOT NULL REFERENCES purchases (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  description      TEXT NOT NULL,
  quantity         REAL NOT NULL DEFAULT 1,
  unit_price_minor INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX purchase_items_by_purchase ON purchase_items (purchase_id, position);

-- One row per service call that wrote anything: what undo, history and sync group by.
CREATE TABLE change_sets (
  id         TEXT PRIMARY KEY,
  hlc        TEXT NOT NULL,
  device_id  TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('user', 'undo', 'redo', 'import', 'sync', 'system')),
  label      TEXT NOT NULL DEFAULT '',
  target_id  TEXT REFERENCES change_sets (id), -- the set an undo or redo reverses
  undone_by  TEXT REFERENCES change_sets (id),
  import_id  TEXT REFERENCES imports (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX change_sets_by_hlc ON change_sets (hlc);
CREATE INDEX change_sets_by_import ON change_sets (import_id) WHERE import_id IS NOT NULL;

-- Field-level history: every write appends here in the same transaction.
-- Values are JSON text; field '_row' records that a row came into being or went away.
CREATE TABLE change_log (
  seq           INTEGER PRIMARY KEY,
  change_set_id TEXT NOT NULL REFERENCES change_sets (id),
  hlc           TEXT NOT NULL,
  device_id     TEXT NOT NULL,
  entity        TEXT NOT NULL,
  entity_id     TEXT NOT NULL,
  owner_id      TEXT NOT NULL, -- the record a person sees: a contact for its e-mails, a deal for its links
  field         TEXT NOT NULL,
  old_value     TEXT,
  new_value     TEXT
) STRICT;
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, field, hlc);
CREATE INDEX change_log_by_set ON change_log (change_set_id, seq);
CREATE INDEX change_log_by_owner ON change_log (owner_id, seq);
CREATE INDEX change_log_by_hlc ON change_log (hlc);

CREATE TABLE sync_peers (
  device_id         TEXT PRIMARY KEY,
  name              TEXT NOT NULL DEFAULT '',
  last_sent_hlc     TEXT,
  last_received_hlc TEXT,
  last_sent_at      TEXT,
  last_received_at  TEXT
) STRICT;

CREATE TABLE sync_conflicts (
  id           TEXT PRIMARY KEY,
  entity       TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  kept_value   TEXT,
  lost_value   TEXT,
  kept_hlc     TEXT NOT NULL,
  lost_hlc     TEXT NOT NULL,
  lost_device  TEXT NOT NULL,
  origin       TEXT NOT NULL DEFAULT 'bundle', -- bundle or carddav
  created_at   TEXT NOT NULL,
  resolved_at  TEXT
) STRICT;
CREATE INDEX sync_conflicts_open ON sync_conflicts (created_at) WHERE resolved_at IS NULL;

CREATE TABLE carddav_accounts (
  id               TEXT PRIMARY KEY,
  server_url       TEXT NOT NULL,
  username         TEXT NOT NULL,
  address_book_url TEXT NOT NULL DEFAULT '',
  vcard_version    TEXT NOT NULL DEFAULT '3.0',
  sync_token       TEXT,
  last_sync_at     TEXT,
  last_error       TEXT,
  created_at       TEXT NOT NULL
) STRICT;

CREATE TABLE carddav_items (
  account_id TEXT NOT NULL REFERENCES carddav_accounts (id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  href       TEXT NOT NULL,
  etag       TEXT,
  synced_hlc TEXT,
  PRIMARY KEY (account_id, contact_id)
) STRICT;

-- Search: contentless (the text lives in the tables above), rowid = contacts.seq.
CREATE VIRTUAL TABLE contact_search USING fts5 (
  name, organization, emails, phones, notes, tags,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
`;
