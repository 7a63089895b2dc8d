import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { RapportError } from '../../../shared/domain/errors';
import type { ExportBundleResult, ImportBundleResult } from '../../../shared/domain/sync';
import { CliUsageError, printJson, type CliIo } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

function readPassphrase(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const text = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (!text) throw new CliUsageError(`${file} is empty: a passphrase file holds the passphrase on its first line`);
  return text;
}

/** The password comes from the environment or, on a terminal, a prompt; it is never stored by the CLI. */
async function readPassword(io: CliIo): Promise<string> {
  const fromEnv = io.env.RAPPORT_CARDDAV_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new CliUsageError('set RAPPORT_CARDDAV_PASSWORD, or run on a terminal to be asked');
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return await prompt.question('CardDAV password: ');
  } finally {
    prompt.close();
  }
}

export const syncCommand: CliCommand = {
  name: 'sync',
  usage:
    'rapport sync export --out FILE [--peer NAME] [--passphrase-file F] | rapport sync import FILE [--passphrase-file F] | rapport sync peers | rapport sync carddav --url URL --user U',
  summary: 'exchange changes with another device through a file, or with a CardDAV server',
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      options: {
        ...COMMON_OPTIONS,
        out: { type: 'string' },
        peer: { type: 'string' },
        'passphrase-file': { type: 'string' },
        url: { type: 'string' },
        user: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const passphrase = readPassphrase(values['passphrase-file']);
    if (action === 'export') {
      if (!values.out) throw new CliUsageError('give --out FILE');
      const runtime = await openForCli(values.db, io, { mustExist: true });
      try {
        const result = await call<ExportBundleResult>(runtime, 'sync.exportBundle', { path: values.out, ...(values.peer ? { peer: values.peer } : {}), ...(passphrase ? { passphrase } : {}) });
        if (values.json) printJson(io, result);
        else io.stderr(`Wrote ${result.count} changes to ${result.path}${result.encrypted ? ' (encrypted)' : ''}.\n`);
        return 0;
      } finally {
        runtime.close();
      }
    }
    if (action === 'import') {
      const [file] = positionals;
      if (!file) throw new CliUsageError('give the bundle file');
      const runtime = await openForCli(values.db, io);
      try {
        const result = await call<ImportBundleResult>(runtime, 'sync.importBundle', { path: file, ...(passphrase ? { passphrase } : {}) });
        if (values.json) printJson(io, result);
        else
          io.stderr(
            `Imported ${result.applied} new of ${result.received} changes from ${result.sourceDeviceName || result.sourceDeviceId}` +
              `${result.conflicts ? `; ${result.conflicts} conflicts to review (rapport conflicts)` : ''}${result.deferred ? `; ${result.deferred} waiting for their parent record` : ''}.\n`,
          );
        return 0;
      } finally {
        runtime.close();
      }
    }
    if (action === 'peers') {
      const runtime = await openForCli(values.db, io, { mustExist: true });
      try {
        const peers = await call<{ name: string; deviceId: string; pending: number; lastReceivedAt: string | null }[]>(runtime, 'sync.peers', {});
        if (values.json) printJson(io, peers);
        else for (const peer of peers) io.stdout(`${peer.name || peer.deviceId}\t${peer.pending} pending\tlast received ${peer.lastReceivedAt ?? 'never'}\n`);
        return 0;
      } finally {
        runtime.close();
      }
    }
    if (action === 'carddav') {
      if (!values.url || !values.user) throw new CliUsageError('give --url URL and --user USER');
      const password = await readPassword(io);
      const runtime = await openForCli(values.db, io);
      try {
        const { carddav } = runtime.services;
        const known = carddav.accounts().find((account) => account.serverUrl === values.url && account.username === values.user);
        const account = known ?? (await carddav.add({ serverUrl: values.url, username: values.user, password }));
        const result = await carddav.sync(account.id, password);
        if (values.json) printJson(io, result);
        else if (result.error) io.stderr(`CardDAV sync failed (${result.error}); local changes are kept and go out on the next sync.\n`);
        else
          io.stderr(
            `CardDAV: ${result.created} added, ${result.updated} updated, ${result.deleted} deleted here; ${result.uploaded} sent, ${result.removedOnServer} removed on the server` +
              `${result.conflicts ? `; ${result.conflicts} conflicts (rapport conflicts)` : ''}.\n`,
          );
        return result.error ? 1 : 0;
      } catch (error) {
        if (error instanceof RapportError) throw error;
        throw new RapportError('INTERNAL', `CardDAV: ${(error as Error).message}`);
      } finally {
        runtime.close();
      }
    }
    throw new CliUsageError(`unknown action "${action ?? ''}": export, import, peers or carddav`);
  },
};
