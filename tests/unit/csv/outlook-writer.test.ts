import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../main/interchange/csv';
import { formatOutlookDate } from '../../../main/interchange/csv/csv-dates';
import { draft, readDrafts } from './helpers';

describe('Outlook writer', () => {
  it('writes four-digit years, so early years read back as themselves', async () => {
    expect(formatOutlookDate({ year: 504, month: 3, day: 16 })).toBe('3/16/0504');
    expect(formatOutlookDate({ year: 85, month: 3, day: 14 })).toBe('3/14/0085');
    const contact = draft({ given: 'Ada', birthday: { year: 85, month: 3, day: 14 }, anniversary: { year: 504, month: 3, day: 16 } });
    const [back] = await readDrafts(writeCsv([contact], { layout: 'outlook' }));
    expect(back?.birthday).toEqual({ year: 85, month: 3, day: 14 });
    expect(back?.anniversary).toEqual({ year: 504, month: 3, day: 16 });
    expect(back?.customFields).toEqual([]);
  });

  it('puts phones, addresses and relations in the slot of their label however it is spelled', async () => {
    const contact = draft({
      given: 'Ada',
      phones: [{ label: 'Mobile', number: '+40 700 000 001' }, { label: 'cell', number: '+40 700 000 002' }, { label: 'Business', number: '+40 700 000 003' }],
      addresses: [{ label: 'Home', city: 'Iași' }, { label: 'Business', city: 'Cluj' }],
      related: [{ label: 'Spouse', name: 'Ion' }],
    });
    const [back] = await readDrafts(writeCsv([contact], { layout: 'outlook' }));
    expect(back?.phones.map(({ label, number }) => [label, number])).toEqual([
      ['work', '+40 700 000 003'],
      ['mobile', '+40 700 000 001'],
      ['other', '+40 700 000 002'],
    ]);
    expect(back?.addresses.map(({ label, city }) => [label, city])).toEqual([
      ['work', 'Cluj'],
      ['home', 'Iași'],
    ]);
    expect(back?.related).toEqual([{ label: 'spouse', name: 'Ion', contactId: null }]);
  });
});
