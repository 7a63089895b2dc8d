/**
 * Activities and deals for a share of the contacts, written through the ChangeSet like
 * every other row. Activities also set last_contacted_at, which the "last contacted" sort
 * of the list reads.
 */
import { write, type CoreContext } from '../../main/core/context';
import { linkId, newId } from '../../main/db/ids';
import { Random } from './random';

const PER_TRANSACTION = 10_000;
const KINDS = ['call', 'meeting', 'email', 'note'] as const;
const STAGES = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Closed'] as const;
const DAY_MS = 86_400_000;
const EPOCH = Date.parse('2026-11-24T09:00:00.000Z');

export function writeActivitiesAndDeals(ctx: CoreContext, ids: readonly string[], seed: number): void {
  const random = new Random(seed ^ 0x51ed27);
  const stageIds = write(ctx, { kind: 'system', label: 'Benchmark pipeline', entities: ['deals'] }, (changes) =>
    STAGES.map((name, position) => {
      const id = newId();
      changes.insert('pipeline_stage', { id, name, position, outcome: position === STAGES.length - 1 ? 'won' : 'open' });
      return id;
    }),
  ).result;
  for (let start = 0; start < ids.length; start += PER_TRANSACTION) {
    write(ctx, { kind: 'import', label: 'Benchmark activities', entities: ['activities', 'deals', 'contacts'] }, (changes) => {
      for (const contactId of ids.slice(start, start + PER_TRANSACTION)) {
        if (random.chance(0.3)) {
          const occurredAt = new Date(EPOCH - random.int(0, 1_000) * DAY_MS - random.int(0, 86_399) * 1_000).toISOString();
          const activityId = newId();
          changes.insert('activity', { id: activityId, kind: random.pick(KINDS), occurred_at: occurredAt, subject: 'Catch-up' });
          changes.insert('activity_contact', { id: linkId(activityId, contactId), activity_id: activityId, contact_id: contactId });
          changes.update('contact', contactId, { last_contacted_at: occurredAt });
        }
        if (random.chance(0.03)) {
          const dealId = newId();
          changes.insert('deal', {
            id: dealId, title: 'Annual licence', amount_minor: random.int(1_000, 5_000_000), stage_id: random.pick(stageIds),
          });
          changes.insert('deal_contact', { id: linkId(dealId, contactId), deal_id: dealId, contact_id: contactId });
        }
      }
    });
  }
}
