import { parseArgs } from 'node:util';
import type { Contact, ContactDraftInput } from '../../../shared/domain/contact';
import { call, openForCli } from '../open-for-cli';
import { printJson } from '../cli-io';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const addCommand: CliCommand = {
  name: 'add',
  usage: 'rapport add --given NAME --family NAME [--email E]... [--phone P]... [--org O] [--tag T]... [--notes TEXT]',
  summary: 'add a contact and print its id',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        ...COMMON_OPTIONS,
        given: { type: 'string', default: '' },
        family: { type: 'string', default: '' },
        name: { type: 'string', default: '' },
        email: { type: 'string', multiple: true, default: [] },
        phone: { type: 'string', multiple: true, default: [] },
        org: { type: 'string', default: '' },
        title: { type: 'string', default: '' },
        tag: { type: 'string', multiple: true, default: [] },
        notes: { type: 'string', default: '' },
      },
      strict: true,
    });
    const draft: ContactDraftInput = {
      given: values.given,
      family: values.family,
      displayName: values.name,
      organizationName: values.org,
      title: values.title,
      notes: values.notes,
      emails: values.email.map((address, index) => ({ address, primary: index === 0 })),
      phones: values.phone.map((number, index) => ({ number, primary: index === 0 })),
      tags: values.tag,
    };
    const runtime = await openForCli(values.db, io);
    try {
      const { value } = await call<{ value: Contact }>(runtime, 'contacts.create', draft);
      if (values.json) printJson(io, value);
      else io.stdout(`${value.id}\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
