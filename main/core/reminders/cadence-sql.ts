/**
 * Stay-in-touch cadences as SQL. A contact's cadence is the tightest of its own and its
 * tags' (a "weekly" tag beats a contact's "every 90 days"). The follow-up falls due
 * `days` after the last contact, or after the contact was added when there was none yet.
 * Shared by the Today view, the due check and the `due:overdue` search term.
 */

/** Rows: id, display_name, days, baseline, due_at (UTC ISO, same format as toISOString). */
export const CADENCE_FOLLOW_UPS_SQL = `
WITH tag_cadence AS (
  SELECT ct.contact_id, min(t.stay_in_touch_days) AS days
    FROM tags t JOIN contact_tags ct ON ct.tag_id = t.id
   WHERE t.stay_in_touch_days IS NOT NULL AND t.deleted_at IS NULL
   GROUP BY ct.contact_id
), candidates AS (
  SELECT id FROM contacts WHERE stay_in_touch_days IS NOT NULL AND deleted_at IS NULL
  UNION SELECT contact_id FROM tag_cadence
), cadence AS (
  SELECT c.id, c.display_name,
         CASE WHEN c.stay_in_touch_days IS NULL THEN tc.days
              WHEN tc.days IS NULL THEN c.stay_in_touch_days
              ELSE min(c.stay_in_touch_days, tc.days) END AS days,
         CASE c.last_contacted_at WHEN '' THEN c.created_at ELSE c.last_contacted_at END AS baseline
    FROM candidates k JOIN contacts c ON c.id = k.id LEFT JOIN tag_cadence tc ON tc.contact_id = c.id
   WHERE c.deleted_at IS NULL
)
SELECT id, display_name, days, baseline, strftime('%Y-%m-%dT%H:%M:%fZ', baseline, '+' || days || ' days') AS due_at FROM cadence`;

/** Contacts whose cadence has lapsed before the bound parameter (an ISO instant). */
export const LAPSED_CADENCE_CONTACT_IDS_SQL = `SELECT id FROM (${CADENCE_FOLLOW_UPS_SQL}) WHERE due_at < ?`;
