import { afterEach, describe, expect, it } from 'vitest';
import { addContact, openClockedDatabase, type ClockedDatabase } from './crm-helpers';

let t: ClockedDatabase;
afterEach(() => t?.close());

describe('deals and the pipeline', () => {
  it('seed the default stages once, rename and reorder them, and move deals across them', async () => {
    t = await openClockedDatabase('2025-06-10T21:30:00Z'); // already June 11 in Bucharest
    const stages = t.services.stages.list();
    expect(stages.map((stage) => [stage.name, stage.outcome])).toEqual([
      ['Lead', 'open'], ['Qualified', 'open'], ['Proposal', 'open'], ['Negotiation', 'open'], ['Won', 'won'], ['Lost', 'lost'],
    ]);
    expect(t.services.stages.list()).toHaveLength(6); // idempotent
    const [lead, qualified, proposal] = stages;
    t.services.stages.rename(qualified!.id, 'Discovery');
    t.services.stages.reorder([proposal!.id, ...stages.filter((stage) => stage !== proposal).map((stage) => stage.id)]);
    expect(t.services.stages.list().map((stage) => stage.name).slice(0, 3)).toEqual(['Proposal', 'Lead', 'Discovery']);

    const ana = addContact(t, 'Ana');
    const deal = t.services.deals.create({ title: 'Website', amountMinor: 1_250_000, currency: 'RON', contactIds: [ana] }).value;
    expect(deal).toMatchObject({ stageName: 'Proposal', status: 'open', contacts: [{ id: ana, displayName: 'Ana' }] });
    const moved = t.services.deals.move({ id: deal.id, stageId: lead!.id }).value;
    expect(moved).toMatchObject({ stageName: 'Lead', status: 'open' });
    const won = t.services.deals.close({ id: deal.id, outcome: 'won', reason: 'best offer' }).value;
    expect(won).toMatchObject({ stageName: 'Won', status: 'won', closeReason: 'best offer', closedOn: '2025-06-11' });
    const reopened = t.services.deals.move({ id: deal.id, stageId: qualified!.id }).value;
    expect(reopened).toMatchObject({ stageName: 'Discovery', status: 'open', closedOn: null, closeReason: '' });
    const lost = t.services.deals.close({ id: deal.id, outcome: 'lost', reason: 'budget', closedOn: '2025-06-01' }).value;
    expect(lost).toMatchObject({ stageName: 'Lost', status: 'lost', closeReason: 'budget', closedOn: '2025-06-01' });
    t.services.history.undo();
    expect(t.services.deals.get(deal.id)).toMatchObject({ stageName: 'Discovery', status: 'open' });

    // A stage with deals is deleted only with somewhere for them to go.
    expect(() => t.services.stages.delete(qualified!.id)).toThrow(/holds 1 deal/);
    t.services.stages.delete(qualified!.id, lead!.id);
    expect(t.services.deals.get(deal.id).stageName).toBe('Lead');
    expect(t.services.insights.pipeline().find((row) => row.name === 'Lead')).toMatchObject({ deals: 1, currency: 'RON', totalMinor: 1_250_000 });
  });
});

describe('purchases and lifetime value', () => {
  it('total lines in minor units and report lifetime value per currency, for a contact and an organization', async () => {
    t = await openClockedDatabase('2025-06-10T10:00:00Z');
    const org = t.services.organizations.create({ name: 'Acme', domain: '', notes: '' }).id;
    const ana = addContact(t, 'Ana', '', { organizationId: org });
    const first = t.services.purchases.create({
      contactId: ana,
      purchasedOn: '2025-01-15',
      currency: 'EUR',
      items: [
        { description: 'Consulting', quantity: 1.5, unitPriceMinor: 3_333 }, // 4999.5 → 5000
        { description: 'Licence', quantity: 2, unitPriceMinor: 10_000 },
      ],
    }).value;
    expect(first.totalMinor).toBe(25_000);
    expect(first.items.map((item) => item.totalMinor)).toEqual([5_000, 20_000]);
    t.services.purchases.create({ contactId: ana, purchasedOn: '2025-03-01', currency: 'USD', items: [{ description: 'Support', unitPriceMinor: 9_999 }] });
    t.services.purchases.create({ contactId: ana, purchasedOn: '2025-04-01', currency: 'EUR', items: [{ description: 'Training', unitPriceMinor: 1_001 }] });
    t.services.purchases.create({ organizationId: org, purchasedOn: '2025-05-01', currency: 'EUR', items: [{ description: 'Hardware', unitPriceMinor: 100_000 }] });

    expect(t.services.purchases.lifetimeValue({ contactId: ana })).toEqual([
      { currency: 'EUR', totalMinor: 26_001, purchases: 2, firstOn: '2025-01-15', lastOn: '2025-04-01' },
      { currency: 'USD', totalMinor: 9_999, purchases: 1, firstOn: '2025-03-01', lastOn: '2025-03-01' },
    ]);
    expect(t.services.purchases.lifetimeValue({ organizationId: org })).toEqual([
      { currency: 'EUR', totalMinor: 126_001, purchases: 3, firstOn: '2025-01-15', lastOn: '2025-05-01' },
      { currency: 'USD', totalMinor: 9_999, purchases: 1, firstOn: '2025-03-01', lastOn: '2025-03-01' },
    ]);

    // Editing the lines rewrites the total in the same change set; undo restores both.
    const edited = t.services.purchases.update(first.id, { items: [{ description: 'Consulting', quantity: 3, unitPriceMinor: 1_000 }] });
    expect(edited.value.totalMinor).toBe(3_000);
    t.services.history.undo(edited.changeSetId!);
    expect(t.services.purchases.get(first.id)).toMatchObject({ totalMinor: 25_000, items: [{ description: 'Consulting' }, { description: 'Licence' }] });

    t.services.purchases.delete(first.id);
    expect(t.services.purchases.lifetimeValue({ contactId: ana })[0]).toMatchObject({ currency: 'USD', totalMinor: 9_999 });
    expect(() => t.services.purchases.create({ purchasedOn: '2025-01-01', currency: 'EUR', items: [{ description: 'x', unitPriceMinor: 1 }] })).toThrow(/contact or an organization/);
  });
});
