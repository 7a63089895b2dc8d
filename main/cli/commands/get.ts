import { parseArgs } from 'node:util';
import type { Contact } from '../../../shared/domain/contact';
import { formatPartialDate } from '../../../shared/domain/partial-date';
import { CliUsageError, printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

function describeContact(contact: Contact): string {
  const lines = [contact.displayName || '(no name)', `  id: ${contact.id}`];
  const labelled = (label: string, value: string): string => (label ? `${value} (${label})` : value);
  if (contact.organizationName) lines.push(`  organization: ${[contact.organizationName, contact.title].filter(Boolean).join(', ')}`);
  for (const email of contact.emails) lines.push(`  email: ${labelled(email.label, email.address)}${email.primary ? ' *' : ''}`);
  for (const phone of contact.phones) lines.push(`  phone: ${labelled(phone.label, phone.number)}${phone.e164 && phone.e164 !== phone.number ? ` [${phone.e164}]` : ''}`);
  for (const address of contact.addresses) {
    const text = [address.street, address.extended, address.poBox, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
    lines.push(`  address: ${labelled(address.label, text)}`);
  }
  for (const url of contact.urls) lines.push(`  url: ${labelled(url.label, url.url)}`);
  if (contact.birthday) lines.push(`  birthday: ${formatPartialDate(contact.birthday)}`);
  if (contact.tags.length) lines.push(`  tags: ${contact.tags.map((tag) => tag.name).join(', ')}`);
  if (contact.notes) lines.push(`  notes: ${contact.notes.replace(/\n/g, '\n         ')}`);
  if (contact.deletedAt) lines.push(`  in the trash since ${contact.deletedAt}`);
  return `${lines.join('\n')}\n`;
}

export const getCommand: CliCommand = {
  name: 'get',
  usage: 'rapport get ID',
  summary: 'show one contact',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: COMMON_OPTIONS, allowPositionals: true, strict: true });
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new CliUsageError('give exactly one contact id: rapport get ID');
    const runtime = await openForCli(values.db, io);
    try {
      const contact = await call<Contact>(runtime, 'contacts.get', { id });
      if (values.json) printJson(io, contact);
      else io.stdout(describeContact(contact));
      return 0;
    } finally {
      runtime.close();
    }
  },
};
