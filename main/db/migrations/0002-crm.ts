/**
 * What the CRM features (activities, follow-ups, deals, purchases, insights) need beyond
 * the first schema.
 *
 * - Reminders keep wall-clock semantics: `time_zone` (IANA) and `series_start` (the local
 *   wall time of the first occurrence, `YYYY-MM-DDTHH:mm`) let the service recompute the
 *   n-th occurrence (`occurrence`) so a 09:00 reminder stays 09:00 across daylight-saving
 *   changes and "the 31st monthly" does not drift to the 28th after February. `due_at`
 *   stays the UTC instant of the current occurrence, so the due index still works.
 * - Tags get a stay-in-touch cadence like contacts have.
 * - Purchases carry their total in minor units, maintained by the service from their items
 *   in the same change set, so revenue queries never join and multiply item rows.
 * - Derived follow-ups (birthdays, anniversaries, lapsed cadences) have no rows; which of
 *   them this machine has already notified is kept in `derived_notifications`, local state
 *   like settings (not logged, never synced).
 * - Indexes for the timeline's keyset pagination and for the dashboard's aggregates.
 */
export const migration0002 = `
ALTER TABLE reminders ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE reminders ADD COLUMN series_start TEXT;
ALTER TABLE reminders ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reminders_unnotified ON reminders (coalesce(snoozed_until, due_at))
  WHERE done_at IS NULL AND deleted_at IS NULL AND notified_at IS NULL;

ALTER TABLE tags ADD COLUMN stay_in_touch_days INTEGER;
CREATE INDEX contacts_with_cadence ON contacts (id) WHERE stay_in_touch_days IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX contacts_by_birthday_day ON contacts (substr(birthday, -5)) WHERE birthday IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX contacts_by_anniversary_day ON contacts (substr(anniversary, -5)) WHERE anniversary IS NOT NULL AND deleted_at IS NULL;

ALTER TABLE purchases ADD COLUMN total_minor INTEGER NOT NULL DEFAULT 0;
CREATE INDEX purchases_for_insights ON purchases (currency, contact_id, purchased_on, total_minor)
  WHERE deleted_at IS NULL AND contact_id IS NOT NULL;
CREATE INDEX purchases_by_month ON purchases (purchased_on, currency, total_minor) WHERE deleted_at IS NULL;

CREATE INDEX activities_timeline ON activities (occurred_at, id) WHERE deleted_at IS NULL;
CREATE INDEX activities_by_kind_time ON activities (kind, occurred_at) WHERE deleted_at IS NULL;

CREATE INDEX deals_open_by_stage ON deals (stage_id, currency, amount_minor) WHERE deleted_at IS NULL AND status = 'open';

CREATE TABLE derived_notifications (
  key         TEXT PRIMARY KEY, -- birthday:<contact>:<date>, anniversary:…, cadence:<contact>:<baseline>
  notified_at TEXT NOT NULL
) STRICT;
`;
