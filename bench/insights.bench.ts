/**
 * How long the dashboard takes at 100k contacts, 1M activities and 200k purchases.
 *
 *   npx tsx bench/insights.bench.ts [--contacts 100000] [--activities 1000000] [--runs 15]
 *
 * Rows are written straight into the tables (no change log: that is not what is measured)
 * in a file migrated by the real openDatabase, then insights.dashboard runs through the
 * real services. It prints the median and p95, and their ratio to a baseline measured in
 * the same process (a plain count over activities), so figures from different machines
 * can be compared. The target is a median under 300 ms. A figure, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCoreContext } from '../main/core/context';
import { createServices } from '../main/core/services';
import { openDatabase } from '../main/db/open';

const { values } = parseArgs({
  options: { contacts: { type: 'string', default: '100000' }, activities: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '15' } },
});
const CONTACTS = Number(values.contacts);
const ACTIVITIES = Number(values.activities);
const RUNS = Number(values.runs);
const KINDS = ['call', 'meeting', 'email', 'note', 'complaint', 'feedback'] as const;
const NOW = Date.parse('2025-06-01T12:00:00Z');
const DAY = 86_400_000;

/** A small deterministic generator, so two runs measure the same data. */
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const iso = (ms: number): string => new Date(ms).toISOString();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-insights-bench-'));
const opened = await openDatabase(path.join(dir, 'bench.sqlite'), { deviceName: 'bench' });
const db = opened.db;
const generateStarted = performance.now();

db.transaction(() => {
  const contact = db.prepare(
    `INSERT INTO contacts (id, given, display_name, sort_key, birthday, last_contacted_at, stay_in_touch_days, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)`,
  );
  for (let index = 0; index < CONTACTS; index++) {
    const name = `Person ${index}`;
    const birthday = random() < 0.3 ? `19${50 + Math.floor(random() * 50)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` : null;
    contact.run(`c${index}`, name, name, name.toLowerCase(), birthday, random() < 0.05 ? 30 : null, iso(NOW - 800 * DAY), iso(NOW - 800 * DAY));
  }
  const activity = db.prepare('INSERT INTO activities (id, kind, occurred_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const link = db.prepare('INSERT INTO activity_contacts (id, activity_id, contact_id) VALUES (?, ?, ?)');
  for (let index = 0; index < ACTIVITIES; index++) {
    const at = iso(NOW - Math.floor(random() * 1_500 * DAY));
    const contactId = `c${Math.floor(random() * CONTACTS)}`;
    activity.run(`a${String(index).padStart(8, '0')}`, pick(KINDS), at, at, at);
    link.run(`a${index}|${contactId}`, `a${String(index).padStart(8, '0')}`, contactId);
  }
  // last_contacted_at as the services would have derived it.
  db.exec(`UPDATE contacts SET last_contacted_at = coalesce((SELECT max(a.occurred_at) FROM activity_contacts ac JOIN activities a ON a.id = ac.activity_id
    WHERE ac.contact_id = contacts.id AND a.kind IN ('call', 'meeting', 'email')), '')`);
  // 40% of contacts are customers, with a long tail of purchase counts; 10% of purchases in USD.
  const purchase = db.prepare('INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  let purchases = 0;
  for (let index = 0; index < CONTACTS; index++) {
    if (random() > 0.4) continue;
    const count = 1 + Math.floor(-Math.log(1 - random()) * 4);
    for (let n = 0; n < count; n++) {
      const on = iso(NOW - Math.floor(random() * 1_000 * DAY));
      purchase.run(`p${purchases++}`, `c${index}`, on.slice(0, 10), random() < 0.1 ? 'USD' : 'EUR', Math.floor(1_000 + random() * random() * 500_000), on, on);
    }
  }
  const stage = db.prepare('INSERT INTO pipeline_stages (id, name, position, outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'].forEach((name, position) =>
    stage.run(`s${position}`, name, position, position === 4 ? 'won' : position === 5 ? 'lost' : 'open', iso(NOW), iso(NOW)),
  );
  const deal = db.prepare('INSERT INTO deals (id, title, amount_minor, currency, stage_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (let index = 0; index < 5_000; index++) {
    const position = Math.floor(random() * 6);
    deal.run(`d${index}`, `Deal ${index}`, Math.floor(random() * 10_000_000), 'EUR', `s${position}`, position === 4 ? 'won' : position === 5 ? 'lost' : 'open', iso(NOW), iso(NOW));
  }
  const reminder = db.prepare("INSERT INTO reminders (id, title, due_at, time_zone, series_start, created_at, updated_at) VALUES (?, ?, ?, 'UTC', ?, ?, ?)");
  for (let index = 0; index < 20_000; index++) {
    const due = NOW + Math.floor((random() - 0.5) * 60 * DAY);
    reminder.run(`r${index}`, `Reminder ${index}`, iso(due), iso(due).slice(0, 16), iso(NOW), iso(NOW));
  }
  console.log(`generated ${CONTACTS} contacts, ${ACTIVITIES} activities, ${purchases} purchases, 5000 deals, 20000 reminders`);
})();
db.exec('ANALYZE');
console.log(`generation took ${((performance.now() - generateStarted) / 1000).toFixed(1)} s`);

const services = createServices(createCoreContext(opened, { now: () => new Date(NOW) }));
services.settings.update({ timeZone: 'Europe/Bucharest' });

function measure(label: string, work: () => unknown): { median: number; p95: number } {
  work(); // warm the page cache and the statement cache
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!;
  console.log(`${label.padEnd(34)} median ${median.toFixed(1).padStart(8)} ms   p95 ${p95.toFixed(1).padStart(8)} ms`);
  return { median, p95 };
}

const baseline = measure('baseline: count(*) over activities', () => db.prepare('SELECT count(*) FROM activities').pluck().get());
const dashboard = measure('insights.dashboard', () => services.insights.dashboard());
measure('  rfm', () => services.insights.rfm());
measure('  pareto', () => services.insights.pareto());
measure('  revenue', () => services.insights.revenue());
measure('  pipeline', () => services.insights.pipeline());
measure('  reminders.todayCounts', () => services.reminders.todayCounts());
console.log(
  `dashboard / baseline: median ×${(dashboard.median / baseline.median).toFixed(1)}, p95 ×${(dashboard.p95 / baseline.p95).toFixed(1)}; ` +
    `target median < 300 ms: ${dashboard.median < 300 ? 'met' : 'MISSED'}`,
);
opened.close();
fs.rmSync(dir, { recursive: true, force: true });
