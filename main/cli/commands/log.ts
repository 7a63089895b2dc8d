import { parseArgs } from 'node:util';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../../../shared/domain/activities';
import type { Contact, ContactSummary } from '../../../shared/domain/contact';
import { RapportError } from '../../../shared/domain/errors';
import type { Settings } from '../../../shared/domain/settings';
import { foldKey } from '../../../shared/text/fold-key';
import { localToInstant, parseLocal, systemTimeZone } from '../../core/reminders/zoned-time';
import type { Runtime } from '../../api/runtime';
import { CliUsageError, printJson } from '../cli-io';
import { call, openForCli } from '../open-for-cli';
import { COMMON_OPTIONS, type CliCommand } from './command';

/**
 * CONTACT is an id, or text that must find exactly one contact. When the search finds
 * several, one whose whole name is the text wins ("Ana Pop" over "Ana Popescu"); otherwise
 * the candidates are listed so the person can pick an id.
 */
async function resolveContact(runtime: Runtime, text: string): Promise<ContactSummary | Contact> {
  const byId = await runtime.dispatch('contacts.get', { id: text });
  if (byId.ok) return byId.value as Contact;
  const hits = await call<ContactSummary[]>(runtime, 'search.query', { text, limit: 20 });
  const exact = hits.filter((hit) => foldKey(hit.displayName) === foldKey(text));
  if (hits.length === 1) return hits[0]!;
  if (exact.length === 1) return exact[0]!;
  if (hits.length === 0) throw new RapportError('NOT_FOUND', `No contact matches “${text}”.`);
  const list = hits.slice(0, 10).map((hit) => `  ${hit.id}  ${hit.displayName}${hit.organizationName ? ` (${hit.organizationName})` : ''}`);
  throw new RapportError(
    'CONFLICT',
    `“${text}” matches ${hits.length === 20 ? '20 or more' : hits.length} contacts; give an id or more of the name:\n${list.join('\n')}`,
    { candidates: hits.map((hit) => hit.id) },
  );
}

/** --at takes an instant with an offset, or a local time (in the zone of the settings). */
async function resolveTime(runtime: Runtime, at: string): Promise<string> {
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(at)) {
    const instant = new Date(at);
    if (Number.isNaN(instant.getTime())) throw new CliUsageError(`--at ${at} is not a time`);
    return instant.toISOString();
  }
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(at);
  if (!local) throw new CliUsageError(`--at ${at} is not a time: write 2025-03-30T14:00 (local) or 2025-03-30T11:00Z`);
  const settings = await call<Settings>(runtime, 'settings.get', {});
  return localToInstant(parseLocal(`${local[1]}T${local[2] ?? '00:00'}`), settings.timeZone ?? systemTimeZone()).toISOString();
}

export const logCommand: CliCommand = {
  name: 'log',
  usage: `rapport log CONTACT --type ${ACTIVITY_KINDS.join('|')} [--at TIME] [--text T] [--subject S] [--minutes N] [--outcome O]`,
  summary: 'log a call, meeting, e-mail, note, complaint or feedback with a contact',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        ...COMMON_OPTIONS,
        type: { type: 'string' },
        at: { type: 'string' },
        text: { type: 'string', default: '' },
        subject: { type: 'string', default: '' },
        outcome: { type: 'string', default: '' },
        minutes: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const contactText = positionals.join(' ').trim();
    if (!contactText) throw new CliUsageError('say who: rapport log CONTACT --type call');
    const kind = values.type as ActivityKind | undefined;
    if (!kind || !(ACTIVITY_KINDS as readonly string[]).includes(kind)) throw new CliUsageError(`--type must be one of ${ACTIVITY_KINDS.join(', ')}`);
    const minutes = values.minutes === undefined ? null : Number(values.minutes);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0)) throw new CliUsageError('--minutes must be a whole number');
    const runtime = await openForCli(values.db, io);
    try {
      const contact = await resolveContact(runtime, contactText);
      const occurredAt = values.at ? await resolveTime(runtime, values.at) : undefined;
      const { value } = await call<{ value: Activity }>(runtime, 'activities.create', {
        kind,
        occurredAt,
        body: values.text,
        subject: values.subject,
        outcome: values.outcome,
        durationMinutes: minutes,
        contactIds: [contact.id],
      });
      if (values.json) printJson(io, value);
      else io.stdout(`Logged ${value.kind} with ${contact.displayName} at ${value.occurredAt} (${value.id}).\n`);
      return 0;
    } finally {
      runtime.close();
    }
  },
};
