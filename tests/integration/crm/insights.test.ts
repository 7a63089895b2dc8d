import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { addContact, openClockedDatabase, type ClockedDatabase } from './crm-helpers';

let t: ClockedDatabase;
afterEach(() => t?.close());

/**
 * Ten EUR customers whose scores are set by hand. NTILE(5) over ten customers puts two in
 * each quintile, ordered ascending (1 = worst):
 *
 *   name  last purchase  purchases  total EUR   R  F  M   F+M  segment
 *   Ana   2024-09-10         9        900       5  5  5   10   champions (R≥4, F+M≥8)
 *   Bob   2024-07-10         7        700       4  4  4    8   champions
 *   Cri   2024-10-10         1        100       5  1  1    2   new       (R≥4, F+M<6)
 *   Dan   2024-01-10        10       1000       1  5  5   10   at-risk   (R≤2, F+M≥6)
 *   Eva   2024-03-10         8        500       2  4  3    7   at-risk
 *   Fil   2024-05-10         5        600       3  3  3    6   loyal     (R≥3, F+M≥6)
 *   Gia   2024-06-10         3        300       3  2  2    4   needs-attention
 *   Hor   2024-02-10         2        200       1  1  1    2   lost      (R=1)
 *   Ion   2024-08-10         4        400       4  2  2    4   new
 *   Jon   2024-04-10         6        800       2  3  4    7   at-risk
 *
 * Recency order: Dan, Hor | Eva, Jon | Fil, Gia | Bob, Ion | Ana, Cri.
 * Frequency:     Cri(1), Hor(2) | Gia(3), Ion(4) | Fil(5), Jon(6) | Bob(7), Eva(8) | Ana(9), Dan(10).
 * Monetary:      Cri, Hor | Gia, Ion | Eva, Fil | Bob, Jon | Ana, Dan.
 *
 * Pareto: all revenue = 100+…+1000 = 5500 EUR; 80% = 4400. Descending: Dan 1000 (running
 * 1000), Ana 1900, Jon 2700, Bob 3400, Fil 4000, Eva 4500 — Eva is needed (4000 < 4400),
 * Ion is not (4500 ≥ 4400). So 6 of 10 customers bring 80%: share 0.6.
 *
 * Uma buys in USD only, so she is in none of the EUR figures (EUR is the most used currency).
 */
const FIXTURE = [
  ['Ana', '2024-09-10', 9, 900],
  ['Bob', '2024-07-10', 7, 700],
  ['Cri', '2024-10-10', 1, 100],
  ['Dan', '2024-01-10', 10, 1000],
  ['Eva', '2024-03-10', 8, 500],
  ['Fil', '2024-05-10', 5, 600],
  ['Gia', '2024-06-10', 3, 300],
  ['Hor', '2024-02-10', 2, 200],
  ['Ion', '2024-08-10', 4, 400],
  ['Jon', '2024-04-10', 6, 800],
] as const;

function seed(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [name, lastOn, count, totalEuro] of FIXTURE) {
    const id = addContact(t, name);
    ids.set(name, id);
    // count − 1 earlier purchases of 10 EUR, one a day before the last; the last one carries the rest.
    for (let index = 0; index < count; index++) {
      const day = new Date(Date.parse(`${lastOn}T00:00:00Z`) - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10);
      const price = index < count - 1 ? 1_000 : totalEuro * 100 - (count - 1) * 1_000;
      t.services.purchases.create({ contactId: id, purchasedOn: day, currency: 'EUR', items: [{ description: 'Order', unitPriceMinor: price }] });
    }
  }
  const uma = addContact(t, 'Uma');
  ids.set('Uma', uma);
  t.services.purchases.create({ contactId: uma, purchasedOn: '2024-11-01', currency: 'USD', items: [{ description: 'Order', unitPriceMinor: 500_000 }] });
  addContact(t, 'Zed'); // no purchases at all
  return ids;
}

const names = (query: string): string[] => t.services.contacts.list({ filter: { query }, sort: 'name' }).items.map((item) => item.displayName);

describe('insights', () => {
  it('score RFM and the Pareto share as computed by hand', async () => {
    t = await openClockedDatabase('2024-12-01T10:00:00Z');
    seed();
    const scores = t.services.insights.rfmScores();
    const byName = Object.fromEntries(scores.map((score) => [score.displayName, [score.recency, score.frequency, score.monetary, score.segment]]));
    expect(byName).toEqual({
      Ana: [5, 5, 5, 'champions'],
      Bob: [4, 4, 4, 'champions'],
      Cri: [5, 1, 1, 'new'],
      Dan: [1, 5, 5, 'at-risk'],
      Eva: [2, 4, 3, 'at-risk'],
      Fil: [3, 3, 3, 'loyal'],
      Gia: [3, 2, 2, 'needs-attention'],
      Hor: [1, 1, 1, 'lost'],
      Ion: [4, 2, 2, 'new'],
      Jon: [2, 3, 4, 'at-risk'],
    });
    expect(t.services.insights.rfm()).toEqual({
      currency: 'EUR',
      segments: [
        { segment: 'champions', count: 2, query: 'segment:champions' },
        { segment: 'loyal', count: 1, query: 'segment:loyal' },
        { segment: 'new', count: 2, query: 'segment:new' },
        { segment: 'at-risk', count: 3, query: 'segment:at-risk' },
        { segment: 'needs-attention', count: 1, query: 'segment:needs-attention' },
        { segment: 'lost', count: 1, query: 'segment:lost' },
      ],
    });
    expect(t.services.insights.pareto()).toEqual({ currency: 'EUR', customers: 10, customersFor80: 6, share: 0.6, totalMinor: 550_000 });
    expect(t.services.insights.pareto({ currency: 'USD' })).toEqual({ currency: 'USD', customers: 1, customersFor80: 1, share: 1, totalMinor: 500_000 });

    const dashboard = t.services.insights.dashboard({ months: 3, weeks: 2 });
    expect(dashboard.currency).toBe('EUR');
    expect(dashboard.currencies).toEqual(['EUR', 'USD']);
    expect(dashboard.topCustomers.slice(0, 2).map((row) => [row.displayName, row.totalMinor])).toEqual([['Dan', 100_000], ['Ana', 90_000]]);
    expect(dashboard.revenueByMonth).toEqual([
      { month: '2024-10', currency: 'EUR', totalMinor: 10_000, purchases: 1 },
      { month: '2024-11', currency: 'USD', totalMinor: 500_000, purchases: 1 },
    ]);
    expect(dashboard.notContacted).toEqual({ days: 90, customers: 11, query: 'last-contacted>90d value>0' });
    expect(dashboard.activitiesPerWeek.map((week) => week.weekStart)).toEqual(['2024-11-18', '2024-11-25']);
    expect(dashboard.pipeline.map((row) => row.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
  });

  it('extend the search syntax: segment:, value> and value<, due:overdue', async () => {
    t = await openClockedDatabase('2024-12-01T10:00:00Z');
    const ids = seed();
    expect(names('segment:at-risk')).toEqual(['Dan', 'Eva', 'Jon']);
    expect(names('-segment:at-risk segment:champions')).toEqual(['Ana', 'Bob']);
    // Per currency, in major units: Uma's 5000 USD counts, no one's EUR and USD are added.
    expect(names('value>850')).toEqual(['Ana', 'Dan', 'Uma']);
    expect(names('value<150')).toEqual(['Cri', 'Zed']);
    expect(names('value>0 last-contacted>90d')).toHaveLength(11);
    t.services.reminders.create({ title: 'Call back', dueLocal: '2024-11-30T10:00', contactId: ids.get('Gia')! });
    t.services.reminders.create({ title: 'Later', dueLocal: '2024-12-30T10:00', contactId: ids.get('Hor')! });
    expect(names('due:overdue')).toEqual(['Gia']);
    expect(() => names('segment:vip')).toThrow(/segment:vip is unknown/);
    expect(() => names('value:100')).toThrow(/value>/);
  });

  it('answer rapport log, due and report in-process', async () => {
    t = await openClockedDatabase('2024-12-01T10:00:00Z');
    seed();
    addContact(t, 'Ana', 'Marin');
    addContact(t, 'Ana', 'Maria');
    t.close();
    const rapport = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
      let stdout = '';
      let stderr = '';
      const code = await runCli([...args, '--db', t.path], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, isTty: false });
      return { code, stdout, stderr };
    };
    const ambiguous = await rapport('log', 'Ana Mar', '--type', 'call');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('matches 2 contacts');
    expect(ambiguous.stderr).toContain('Ana Marin');
    expect((await rapport('log', 'Nobody', '--type', 'call')).stderr).toContain('No contact matches');
    // Several hits, one of them by its whole name: that one.
    expect(JSON.parse((await rapport('log', 'Ana', '--type', 'call', '--json')).stdout).contacts).toEqual([{ id: expect.any(String), displayName: 'Ana' }]);
    expect((await rapport('log', 'Dan', '--type', 'lunch')).code).toBe(2);

    const logged = await rapport('log', 'Ana Marin', '--type', 'meeting', '--at', '2024-11-28T14:00', '--text', 'Coffee', '--json');
    expect(logged.code).toBe(0);
    const activity = JSON.parse(logged.stdout);
    // 14:00 in Bucharest (UTC+2 in November).
    expect(activity).toMatchObject({ kind: 'meeting', occurredAt: '2024-11-28T12:00:00.000Z', body: 'Coffee', contacts: [{ displayName: 'Ana Marin' }] });

    const due = JSON.parse((await rapport('due', '--json')).stdout);
    expect(due).toMatchObject({ timeZone: 'Europe/Bucharest', overdue: [], today: [] });
    const rfm = JSON.parse((await rapport('report', 'rfm', '--json')).stdout);
    expect(rfm.segments.find((row: { segment: string }) => row.segment === 'at-risk').count).toBe(3);
    expect((await rapport('report', 'pareto')).stdout).toContain('6 of 10 customers (60.0%) bring 80% of revenue (5500.00 EUR)');
    expect((await rapport('report', 'pipeline')).stdout).toContain('Negotiation');
    expect((await rapport('report', 'revenue', '--json')).code).toBe(0);
    expect((await rapport('report', 'everything')).code).toBe(2);
    expect(path.isAbsolute(t.path)).toBe(true);
  });
});
