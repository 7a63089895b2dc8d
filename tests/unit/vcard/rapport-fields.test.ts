import { describe, expect, it } from 'vitest';
import { readVcardRecords, writeVcard } from '../../../main/interchange/vcard/index';
import type { WritableContact } from '../../../main/interchange/vcard/index';
import type { ReaderOutput } from '../../../main/interchange/record';

async function readBack(text: string): Promise<ReaderOutput[]> {
  const out: ReaderOutput[] = [];
  for await (const record of readVcardRecords([Buffer.from(text, 'utf8')])) out.push(record);
  return out;
}

async function roundTrip(contact: WritableContact, version: '3.0' | '4.0') {
  const [record] = await readBack(writeVcard(contact, { version, relatedUid: () => 'urn:uuid:abc' }));
  if (record?.kind !== 'record') throw new Error('not read');
  return record;
}

describe.each(['3.0', '4.0'] as const)('Rapport fields in vCard %s', (version) => {
  it('keeps custom fields (odd labels, untrimmed values), the favourite flag and related links', async () => {
    const customFields = [
      { label: 'Shoe size', value: ' 43 ' },
      { label: 'a;b:c,"d"^e\nf', value: 'x,y;z\\w\n=1+1' },
    ];
    const record = await roundTrip({ given: 'Ann', favorite: true, customFields, related: [{ label: 'spouse', name: 'Bo', contactId: 'c1' }] }, version);
    expect(record.draft.customFields).toEqual(customFields);
    expect(record.draft.favorite).toBe(true);
    expect(record.draft.related).toEqual([{ label: 'spouse', name: 'Bo', contactId: null }]);
    expect(record.relatedUids).toEqual(['urn:uuid:abc']);
    expect(record.draft.vcardExtras).toEqual([]);
  });

  it('reads back a header folded before its colon, a label that looks Apple-wrapped, repeated label words and a scheme-like IM handle', async () => {
    const longLabel = 'ĳ'.repeat(40);
    const record = await roundTrip(
      {
        given: 'Ann',
        urls: [{ label: 'work', url: 'https://example.com', primary: true }],
        ims: [
          { label: longLabel, service: 'whatsapp', handle: 'h', primary: false },
          { label: '', service: '', handle: 'sip:ann@example.com', primary: false },
        ],
        emails: [{ label: '_$!<Odd>!$_', address: 'a@example.com', primary: false }, { label: 'home home', address: 'b@example.com', primary: false }],
      },
      version,
    );
    expect(record.draft.urls.map((u) => u.url)).toEqual(['https://example.com']);
    expect(record.draft.ims.map((i) => [i.label, i.service, i.handle])).toEqual([[longLabel, 'whatsapp', 'h'], ['', '', 'sip:ann@example.com']]);
    expect(record.draft.emails.map((e) => e.label)).toEqual(['_$!<Odd>!$_', 'home home']);
  });
});
