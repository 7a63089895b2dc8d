import { parseArgs } from 'node:util';
import type { DuplicateScan, MergeResult } from '../../../shared/domain/duplicates';
import { CliUsageError, printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

export const duplicatesCommand: CliCommand = {
  name: 'duplicates',
  usage: 'rapport duplicates [--limit N]',
  summary: 'list groups of contacts that look like the same person, with the reasons',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { ...COMMON_OPTIONS, limit: { type: 'string', default: '50' } }, strict: true });
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new CliUsageError(`--limit must be a positive whole number, not ${values.limit}`);
    const runtime = await openForCli(values.db, io, { mustExist: true });
    try {
      const scan = await call<DuplicateScan>(runtime, 'duplicates.find', { limit });
      if (values.json) {
        printJson(io, scan);
        return 0;
      }
      if (scan.groups.length === 0) io.stdout(`No duplicates among ${scan.scannedContacts} contacts.\n`);
      for (const group of scan.groups) {
        io.stdout(`score ${group.score.toFixed(2)}  ${group.contacts.map((contact) => `${contact.displayName} [${contact.id}]`).join('  ~  ')}\n`);
        const reasons = new Set(group.pairs.flatMap((pair) => pair.reasons.map((reason) => `${reason.kind}: ${reason.detail}`)));
        for (const reason of reasons) io.stdout(`    ${reason}\n`);
        io.stdout(`    merge with: rapport merge ${group.contacts.map((contact) => contact.id).join(' ')}\n`);
      }
      if (scan.totalGroups > scan.groups.length) io.stdout(`… ${scan.totalGroups - scan.groups.length} more groups (--limit)\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};

export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: 'rapport merge SURVIVOR_ID ID...',
  summary: 'merge contacts into the first one, keeping every e-mail, phone and address (undoable)',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: COMMON_OPTIONS, allowPositionals: true, strict: true });
    const [survivorId, ...mergedIds] = positionals;
    if (!survivorId || mergedIds.length === 0) throw new CliUsageError('give the contact to keep, then the contacts to merge into it');
    const runtime = await openForCli(values.db, io, { mustExist: true });
    try {
      const result = await call<MergeResult>(runtime, 'duplicates.merge', { survivorId, mergedIds });
      if (values.json) printJson(io, result);
      else io.stdout(`Merged ${result.mergedIds.length} contact(s) into ${result.value.displayName} [${result.value.id}]. The merged contacts are in the trash.\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
