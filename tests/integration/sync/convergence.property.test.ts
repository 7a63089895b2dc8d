/**
 * Three replicas, random edits (including deletes, purges and edits of the same notes on
 * several devices), bundles exchanged in random order and repeated; one replica's clock is
 * days ahead and one days behind. After a final full exchange every replica holds the same
 * data, and every losing edit of free text is a conflict on every replica.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactDraftSchema } from '../../../shared/domain/contact';
import { makeTempDir } from '../../support/test-database';
import { canonicalDump, openReplica, type Replica } from './replicas';

const DAY = 24 * 60 * 60 * 1000;
const replicaIndex = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 1_000 });
const tagNames = fc.subarray(['VIP', 'Friends', 'work']);

const operation = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), r: replicaIndex, tags: tagNames, email: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('notes' as const), r: replicaIndex, pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('name' as const), r: replicaIndex, pick, given: fc.constantFrom('Ana', 'Bogdan', 'Ștefan') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('emails' as const), r: replicaIndex, pick, add: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tags' as const), r: replicaIndex, pick, tags: tagNames }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('trash' as const), r: replicaIndex, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), r: replicaIndex, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const), r: replicaIndex, pick }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('export' as const), r: replicaIndex, forPeer: fc.option(replicaIndex, { nil: undefined }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('import' as const), r: replicaIndex, pick }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const NAMES = ['laptop', 'desktop', 'phone'];

let open: Replica[] = [];
/** Across all runs, so the test proves it exercised conflicts, purges and tag merges at all. */
const seen = { losers: 0, purges: 0, tagMerges: 0 };
afterEach(() => {
  for (const replica of open) replica.close();
  open = [];
});

function ids(replica: Replica, where: string): string[] {
  return replica.db.prepare(`SELECT id FROM contacts WHERE ${where} ORDER BY id`).pluck().all() as string[];
}

function chosen(list: string[], index: number): string | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

function run(replicas: Replica[], pool: string[], op: Operation, counter: { n: number }): void {
  const replica = replicas[op.r]!;
  const { contacts } = replica.services;
  const text = () => `${replica.name} text ${(counter.n += 1)}`;
  switch (op.kind) {
    case 'create':
      contacts.create(ContactDraftSchema.parse({ given: 'New', notes: text(), tags: op.tags, emails: op.email ? [{ address: `${text().replace(/ /g, '.')}@x.ro` }] : [] }));
      return;
    case 'notes':
    case 'name':
    case 'emails':
    case 'tags': {
      const id = chosen(ids(replica, 'deleted_at IS NULL'), op.pick);
      if (!id) return;
      if (op.kind === 'notes') contacts.update(id, { notes: text() });
      if (op.kind === 'name') contacts.update(id, { given: op.given });
      if (op.kind === 'tags') contacts.update(id, { tags: op.tags });
      if (op.kind === 'emails') {
        const current = contacts.get(id).emails;
        const emails = op.add ? [...current, { address: `${text().replace(/ /g, '.')}@x.ro` }] : current.slice(1);
        contacts.update(id, { emails });
      }
      return;
    }
    case 'trash': {
      const id = chosen(ids(replica, 'deleted_at IS NULL'), op.pick);
      if (id) contacts.trash([id]);
      return;
    }
    case 'restore': {
      const id = chosen(ids(replica, 'deleted_at IS NOT NULL'), op.pick);
      if (id) contacts.restore([id]);
      return;
    }
    case 'purge': {
      const id = chosen(ids(replica, 'deleted_at IS NOT NULL'), op.pick);
      if (id) replica.services.trash.purge([{ entity: 'contact', id }]);
      return;
    }
    case 'export': {
      const peer = op.forPeer !== undefined && op.forPeer !== op.r ? NAMES[op.forPeer] : undefined;
      const known = peer && replica.sync.peers().some((p) => p.name === peer);
      pool.push(replica.exportTo(known ? peer : undefined));
      return;
    }
    case 'import': {
      const file = chosen(pool, op.pick);
      if (file) replica.sync.importBundle({ path: file });
      return;
    }
  }
}

interface LogRow {
  hlc: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

/** Edits of notes that lost without their winner having seen them, from every replica's log. */
function losingEdits(replicas: Replica[]): LogRow[] {
  const rows = new Map<string, LogRow>();
  for (const replica of replicas) {
    for (const row of replica.db.prepare("SELECT hlc, entity, entity_id, field, old_value, new_value FROM change_log WHERE entity = 'contact' AND field = 'notes'").all() as LogRow[]) {
      rows.set(`${row.hlc}|${row.entity_id}`, row);
    }
  }
  const groups = new Map<string, LogRow[]>();
  for (const row of rows.values()) groups.set(row.entity_id, [...(groups.get(row.entity_id) ?? []), row]);
  const losers: LogRow[] = [];
  for (const group of groups.values()) {
    const texts = group.filter((row) => row.new_value !== null).sort((x, y) => (x.hlc < y.hlc ? -1 : 1));
    const winner = texts.at(-1);
    for (const row of texts) {
      if (row === winner) continue;
      const seen = group.some((other) => other.hlc > row.hlc && other.old_value === row.new_value);
      if (!seen) losers.push(row);
    }
  }
  return losers;
}

const DEFAULT_SEED = 20261124;

describe('three replicas converge', () => {
  it('whatever the edits and the order bundles arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 30, maxLength: 70, size: 'max' }), async (ops) => {
        const dir = makeTempDir('rapport-sync-prop-');
        const replicas = [
          await openReplica(dir, NAMES[0]!),
          await openReplica(dir, NAMES[1]!, 3 * DAY),
          await openReplica(dir, NAMES[2]!, -4 * DAY),
        ];
        open = replicas;
        try {
          const pool: string[] = [];
          const counter = { n: 0 };
          for (const op of ops) run(replicas, pool, op, counter);
          // The final full exchange, twice: merges made during the first round travel in the second.
          for (let round = 0; round < 2; round++) {
            for (const from of replicas) {
              const file = from.exportTo();
              for (const to of replicas) if (to !== from) to.sync.importBundle({ path: file });
            }
          }
          const expected = canonicalDump(replicas[0]!.db);
          for (const replica of replicas.slice(1)) expect(canonicalDump(replica.db)).toEqual(expected);
          for (const replica of replicas) {
            expect(replica.db.prepare('SELECT count(*) FROM tags WHERE deleted_at IS NULL GROUP BY name_key HAVING count(*) > 1').all()).toEqual([]);
            const recorded = new Set(
              (replica.db.prepare("SELECT entity_id, lost_hlc FROM sync_conflicts WHERE field = 'notes'").all() as { entity_id: string; lost_hlc: string }[]).map(
                (row) => `${row.entity_id}|${row.lost_hlc}`,
              ),
            );
            seen.purges += replica.db.prepare("SELECT count(*) FROM change_sets WHERE label LIKE 'Empty%' AND device_id = ?").pluck().get(replica.opened.device.id) as number;
            seen.tagMerges += replica.db.prepare("SELECT count(*) FROM change_sets WHERE label = 'Merge tags of the same name'").pluck().get() as number;
            seen.losers += losingEdits(replicas).length;
            for (const loser of losingEdits(replicas)) expect(recorded, `${replica.name} misses a conflict`).toContain(`${loser.entity_id}|${loser.hlc}`);
          }
        } finally {
          for (const replica of replicas) replica.close();
          open = [];
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      // A fixed seed by default, as the round-trip properties do, so CI is repeatable; SYNC_SEED
      // replays or explores another run's sequence of cases (fast-check prints a failure's seed).
      { numRuns: 30, seed: process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : DEFAULT_SEED },
    );
    expect(seen.losers).toBeGreaterThan(0);
    expect(seen.purges).toBeGreaterThan(0);
    expect(seen.tagMerges).toBeGreaterThan(0);
  }, 240_000);
});
