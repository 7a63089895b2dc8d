/**
 * Writes a contact as vCard 3.0 (default) or 4.0: CRLF line ends, lines folded at 75
 * octets, text escaped. Labels survive: a label made of standard words becomes TYPE, any
 * other label travels as an Apple/Google item group (`item1.EMAIL` + `item1.X-ABLabel`), or
 * in 4.0 as a LABEL parameter (except on ADR, where LABEL means the delivery label).
 * Properties kept from an import (vcardExtras) are written back verbatim, after the
 * modelled ones, so reading the output gives the same contact again.
 *
 * Rapport fields vCard has no property for travel as X- properties (rapport-properties.ts):
 * custom fields as `X-RAPPORT-FIELD;LABEL=…:value`, the favourite flag as
 * `X-RAPPORT-FAVORITE:1`, and the link of a related person to another contact as an
 * `X-RAPPORT-CONTACT=<that contact's UID>` parameter on RELATED / X-ABRELATEDNAMES.
 */
import { ContactDraftSchema } from '../../../shared/domain/contact';
import type { ContactDraft, ContactDraftInput } from '../../../shared/domain/contact';
import { formatVcardDate } from './dates';
import { deriveDisplayName } from './display-name';
import { escapeText } from './escape';
import { foldLine } from './fold';
import { imppFor } from './instant-messaging';
import { RELATION_TYPES, typeWordsForLabel, wrapAppleLabel } from './labels';
import { formatParamValue } from './params';
import { RAPPORT_CONTACT_PARAM, RAPPORT_FAVORITE, RAPPORT_FIELD, contactUidFor } from './rapport-properties';

export type VcardWriteVersion = '3.0' | '4.0';

export interface WriteVcardOptions {
  version?: VcardWriteVersion;
  /**
   * The UID a related contact is exported under (its vcardUid, else `urn:uuid:<id>`), so
   * the link can be made again on import. Without it, links are not written.
   */
  relatedUid?: (contactId: string) => string | null;
}

/**
 * What the writer accepts: a draft (as the importers make it) or a stored Contact, whose
 * tags are objects and which has an id (written as `urn:uuid:<id>` when there is no UID).
 */
export type WritableContact = Omit<ContactDraftInput, 'tags'> & {
  id?: string;
  tags?: ReadonlyArray<string | { name: string }>;
};

interface LabelledEntry {
  label: string;
  primary: boolean;
}

class VcardLines {
  readonly lines: string[] = [];
  private nextGroup = 1;

  constructor(
    readonly version: VcardWriteVersion,
    private readonly usedGroups: ReadonlySet<string>,
  ) {}

  add(name: string, params: readonly string[], value: string, group?: string): void {
    this.lines.push(`${group ? `${group}.` : ''}${name}${params.map((p) => `;${p}`).join('')}:${value}`);
  }

  /** A fresh item group that no kept property already uses. */
  group(): string {
    while (this.usedGroups.has(`item${this.nextGroup}`)) this.nextGroup++;
    return `item${this.nextGroup++}`;
  }

  /**
   * A property with a label and a primary flag. `baseTypes` are words every reader expects
   * (INTERNET on 3.0 e-mail).
   */
  labelled(name: string, entry: LabelledEntry, value: string, options: { baseTypes?: string[]; extraParams?: string[]; allowed?: ReadonlySet<string> } = {}): void {
    const typeWords = typeWordsForLabel(entry.label, options.allowed);
    const params = [...(options.extraParams ?? [])];
    const types = [...(this.version === '3.0' ? (options.baseTypes ?? []) : []), ...(typeWords ?? [])];
    if (entry.primary && this.version === '3.0') types.push('pref');
    if (types.length) params.push(`TYPE=${types.join(',')}`);
    if (entry.primary && this.version === '4.0') params.push('PREF=1');
    if (typeWords !== null) return this.add(name, params, value);
    if (this.version === '4.0' && name !== 'ADR') return this.add(name, [...params, `LABEL=${formatParamValue(entry.label)}`], value);
    const group = this.group();
    this.add(name, params, value, group);
    this.add('X-ABLabel', [], escapeText(wrapAppleLabel(entry.label)), group);
  }
}

/** Group names used by kept lines (`item1.X-ABADR:ch`), which generated groups must avoid. */
function groupsOf(extras: ReadonlyArray<{ line: string }>): Set<string> {
  const groups = new Set<string>();
  for (const { line } of extras) {
    const match = /^([^.;:]+)\./.exec(line);
    if (match?.[1]) groups.add(match[1].toLowerCase());
  }
  return groups;
}

function toDraft(contact: WritableContact): ContactDraft {
  const tags = (contact.tags ?? []).map((t) => (typeof t === 'string' ? t : t.name));
  return ContactDraftSchema.parse({ ...contact, tags });
}

export function writeVcard(contact: WritableContact, options: WriteVcardOptions = {}): string {
  const version = options.version ?? '3.0';
  const c = toDraft(contact);
  const out = new VcardLines(version, groupsOf(c.vcardExtras));
  const v3 = version === '3.0';

  out.add('VERSION', [], version);
  const uid = contactUidFor(c.vcardUid, contact.id);
  if (uid) out.add('UID', [], escapeText(uid));
  out.add('FN', [], escapeText(deriveDisplayName(c)));
  const nameParts = [c.family, c.given, c.middle, c.prefix, c.suffix];
  // N is required in 3.0, optional in 4.0.
  if (v3 || nameParts.some(Boolean)) out.add('N', [], nameParts.map(escapeText).join(';'));
  if (c.nickname) out.add('NICKNAME', [], escapeText(c.nickname));
  if (c.phoneticGiven) out.add('X-PHONETIC-FIRST-NAME', [], escapeText(c.phoneticGiven));
  if (c.phoneticMiddle) out.add('X-PHONETIC-MIDDLE-NAME', [], escapeText(c.phoneticMiddle));
  if (c.phoneticFamily) out.add('X-PHONETIC-LAST-NAME', [], escapeText(c.phoneticFamily));
  if (c.organizationName || c.department) {
    out.add('ORG', [], [c.organizationName, ...(c.department ? [c.department] : [])].map(escapeText).join(';'));
  }
  if (c.title) out.add('TITLE', [], escapeText(c.title));
  if (c.birthday) {
    const date = formatVcardDate(c.birthday, version);
    out.add('BDAY', date.params, date.value);
  }
  if (c.anniversary) {
    const date = formatVcardDate(c.anniversary, version);
    // 3.0 has no ANNIVERSARY; X-ANNIVERSARY is what Apple, Evolution and KDE read.
    out.add(v3 ? 'X-ANNIVERSARY' : 'ANNIVERSARY', date.params, date.value);
  }
  for (const email of c.emails) out.labelled('EMAIL', email, escapeText(email.address), { baseTypes: ['INTERNET'] });
  for (const phone of c.phones) out.labelled('TEL', phone, escapeText(phone.number));
  for (const a of c.addresses) {
    const value = [a.poBox, a.extended, a.street, a.city, a.region, a.postalCode, a.country].map(escapeText).join(';');
    out.labelled('ADR', a, value);
  }
  for (const url of c.urls) out.labelled('URL', url, escapeText(url.url));
  for (const im of c.ims) {
    const impp = imppFor(im);
    out.labelled('IMPP', im, escapeText(impp.uri), { extraParams: impp.params });
  }
  for (const person of c.related) {
    if (!person.name) continue;
    const linkedUid = person.contactId ? (options.relatedUid?.(person.contactId) ?? null) : null;
    const link = linkedUid ? [`${RAPPORT_CONTACT_PARAM}=${formatParamValue(linkedUid)}`] : [];
    if (v3) {
      // Apple's and Google's related names: a labelled X-ABRELATEDNAMES.
      if (!person.label) out.add('X-ABRELATEDNAMES', link, escapeText(person.name));
      else {
        const group = out.group();
        out.add('X-ABRELATEDNAMES', link, escapeText(person.name), group);
        out.add('X-ABLabel', [], escapeText(wrapAppleLabel(person.label)), group);
      }
    } else {
      out.labelled('RELATED', { label: person.label, primary: false }, escapeText(person.name), {
        extraParams: ['VALUE=text', ...link],
        allowed: RELATION_TYPES,
      });
    }
  }
  if (c.favorite) out.add(RAPPORT_FAVORITE, [], '1');
  for (const field of c.customFields) out.add(RAPPORT_FIELD, [`LABEL=${formatParamValue(field.label)}`], escapeText(field.value));
  if (c.tags.length) out.add('CATEGORIES', [], c.tags.map(escapeText).join(','));
  if (c.notes) out.add('NOTE', [], escapeText(c.notes));
  if (c.photo) {
    if (v3) out.add('PHOTO', ['ENCODING=b', `TYPE=${(c.photo.mediaType.split('/')[1] ?? 'jpeg').toUpperCase()}`], c.photo.base64);
    else out.add('PHOTO', [], `data:${c.photo.mediaType};base64,${c.photo.base64}`);
  }
  for (const extra of c.vcardExtras) out.lines.push(extra.line);

  const body = ['BEGIN:VCARD', ...out.lines, 'END:VCARD'];
  return `${body.map(foldLine).join('\r\n')}\r\n`;
}
