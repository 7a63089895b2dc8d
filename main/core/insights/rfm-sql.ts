/**
 * RFM in SQL. Customers are live contacts with live purchases in one currency (money in
 * different currencies is never added up). Each gets three scores from 1 to 5 by NTILE
 * quintiles over all customers: recency (latest purchase date), frequency (number of
 * purchases) and monetary (total); 5 is best. Ties are broken by contact id so the same
 * data always scores the same; the segment rules are RFM_SEGMENTS' in shared/domain/insights.
 *
 * The currency is an SQL expression: '?' for a bound one, or PRIMARY_CURRENCY_SQL.
 */

/** The currency most purchases (on contacts) are in; ties go to the first code alphabetically. */
export const PRIMARY_CURRENCY_SQL = `(SELECT currency FROM purchases WHERE deleted_at IS NULL AND contact_id IS NOT NULL
  GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1)`;

/** One row per customer: contact_id, last_on, frequency, monetary. Uses purchases_for_insights. */
export function customersSql(currency: string): string {
  return `SELECT p.contact_id, max(p.purchased_on) AS last_on, count(*) AS frequency, sum(p.total_minor) AS monetary
    FROM purchases p JOIN contacts c ON c.id = p.contact_id
   WHERE p.deleted_at IS NULL AND p.contact_id IS NOT NULL AND p.currency = ${currency} AND c.deleted_at IS NULL
   GROUP BY p.contact_id`;
}

/** Rows: contact_id, last_on, frequency, monetary, r, f, m, segment. */
export function rfmSql(currency: string): string {
  return `WITH customers AS (${customersSql(currency)}),
  scored AS (
    SELECT contact_id, last_on, frequency, monetary,
           NTILE(5) OVER (ORDER BY last_on, contact_id) AS r,
           NTILE(5) OVER (ORDER BY frequency, contact_id) AS f,
           NTILE(5) OVER (ORDER BY monetary, contact_id) AS m
      FROM customers
  )
  SELECT contact_id, last_on, frequency, monetary, r, f, m,
         CASE WHEN r >= 4 AND f + m >= 8 THEN 'champions'
              WHEN r >= 3 AND f + m >= 6 THEN 'loyal'
              WHEN r >= 4 THEN 'new'
              WHEN r <= 2 AND f + m >= 6 THEN 'at-risk'
              WHEN r = 1 THEN 'lost'
              ELSE 'needs-attention' END AS segment
    FROM scored`;
}

/**
 * The Pareto share: customers ranked by revenue, the fewest whose running total reaches
 * 80% of all revenue. A customer is needed while the revenue before it is still short of
 * 80%: (running − own) < 0.8 × grand, kept in integers as 10 × (running − own) < 8 × grand.
 */
export function paretoSql(currency: string): string {
  return `WITH customers AS (${customersSql(currency)}),
  ranked AS (
    SELECT monetary,
           sum(monetary) OVER (ORDER BY monetary DESC, contact_id ROWS UNBOUNDED PRECEDING) AS running,
           sum(monetary) OVER () AS grand
      FROM customers WHERE monetary > 0
  )
  SELECT count(*) AS customers, coalesce(max(grand), 0) AS grand,
         coalesce(sum(CASE WHEN 10 * (running - monetary) < 8 * grand THEN 1 ELSE 0 END), 0) AS needed
    FROM ranked`;
}
