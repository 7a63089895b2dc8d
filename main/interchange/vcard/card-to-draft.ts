/**
 * Maps one card (its unfolded lines) to a ContactDraft. Properties Rapport models are
 * mapped; everything else, and every surplus copy of a single-valued property (a second
 * N, a second BDAY, the other members of an ALTID group), is kept verbatim in vcardExtras
 * so that an export writes it back. VERSION, PRODID and REV are dropped: the writer
 * produces its own.
 */
import { ContactDraftSchema, LONG_TEXT_MAX } from '../../../shared/domain/contact';
import type { ContactDraft } from '../../../shared/domain/contact';
import type { PartialDate } from '../../../shared/domain/partial-date';
import { readAndroidRelation } from './android-relation';
import { parseContentLine } from './content-line';
import type { ContentLine } from './content-line';
import { parseVcardDate } from './dates';
import { decodeProperty } from './decode-property';
import type { VcardProperty } from './decode-property';
import { deriveDisplayName } from './display-name';
import { splitList, splitStructured, unescapeText } from './escape';
import { fitDraft } from './fit-draft';
import { IM_PROPERTY_SERVICES, readIm } from './instant-messaging';
import { cleanAppleLabel, labelFromTypeWords } from './labels';
import { firstParam, typeWords } from './params';
import { readPhoto } from './photo';
import { RAPPORT_CONTACT_PARAM, RAPPORT_FAVORITE, RAPPORT_FIELD, isFavoriteValue } from './rapport-properties';
import type { Photo } from './photo';
import { guessVersion, versionFromValue } from './version';
import type { VcardVersion } from './version';
import type { LogicalLine } from './unfold';

export interface CardIssue {
  line: number;
  field?: string;
  reason: string;
}

export type CardResult =
  | {
      ok: true;
      draft: ContactDraft;
      version: VcardVersion;
      warnings: CardIssue[];
      /** For each draft.related entry, the UID of the contact it links to (X-RAPPORT-CONTACT), or null. */
      relatedUids: Array<string | null>;
    }
  | { ok: false; reason: string; warnings: CardIssue[] };

export interface CardInput {
  lines: readonly LogicalLine[];
  /** Line of BEGIN:VCARD (or of the first line when BEGIN is missing). */
  startLine: number;
  /** The file was UTF-16: declared charsets no longer describe the bytes. */
  fileIsUnicode: boolean;
  /** The file began with a UTF-8 BOM. */
  utf8Bom?: boolean;
}

const DROPPED = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'REV']);
const ANNIVERSARY_NAMES = new Set(['ANNIVERSARY', 'X-ANNIVERSARY', 'X-EVOLUTION-ANNIVERSARY', 'X-MS-ANNIVERSARY', 'X-WAB-WEDDING_ANNIVERSARY']);
const PHONETIC_FIELDS = {
  'X-PHONETIC-FIRST-NAME': 'phoneticGiven',
  'X-PHONETIC-MIDDLE-NAME': 'phoneticMiddle',
  'X-PHONETIC-LAST-NAME': 'phoneticFamily',
} as const;

const joinList = (items: readonly string[]): string => items.map((i) => i.trim()).filter(Boolean).join(', ');
const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

function detectVersion(lines: readonly ContentLine[]): VcardVersion | null {
  const versionLine = lines.find((l) => l.name === 'VERSION');
  return versionLine ? versionFromValue(versionLine.value) : null;
}

export function cardToDraft(card: CardInput): CardResult {
  const warnings: CardIssue[] = [];
  const warn = (line: number, field: string | undefined, reason: string): void => {
    if (!warnings.some((w) => w.reason === reason)) warnings.push({ line, ...(field ? { field } : {}), reason });
  };

  const parsed: Array<{ content: ContentLine; line: number }> = [];
  for (const logical of card.lines) {
    const content = parseContentLine(logical.text);
    if (content) parsed.push({ content, line: logical.line });
    else warn(logical.line, undefined, `Line ${logical.line} is not a vCard property; it was ignored.`);
  }
  let version = detectVersion(parsed.map((p) => p.content));
  if (!version) {
    version = guessVersion(parsed.map((p) => p.content));
    warn(card.startLine, 'VERSION', `The card has no usable VERSION; it was read as vCard ${version}.`);
  }
  const ctx = { version, fileIsUnicode: card.fileIsUnicode, utf8Bom: card.utf8Bom ?? false, warn };
  const properties = parsed
    .filter((p) => !DROPPED.has(p.content.name))
    .map((p, index) => decodeProperty(p.content, index, p.line, ctx));

  const mapper = new CardMapper(version, warn);
  for (const property of properties) mapper.map(property);
  // The mapper reports into `warnings` through `warn`; the result carries them all.
  return { ...mapper.finish(card.startLine), warnings };
}

class CardMapper {
  private readonly draft: ContactDraft = ContactDraftSchema.parse({});
  private readonly extras: Array<{ index: number; line: string }> = [];
  private readonly groupLabels = new Map<string, VcardProperty>();
  private readonly consumedGroups = new Set<string>();
  private readonly mappedOnce = new Set<string>();
  private readonly seenAltIds = new Set<string>();
  private readonly notes: string[] = [];
  private readonly relatedUids: Array<string | null> = [];
  private fallbackPhoto: Photo | null = null;
  private pendingProperties: VcardProperty[] = [];

  constructor(
    private readonly version: VcardVersion,
    private readonly warn: (line: number, field: string | undefined, reason: string) => void,
  ) {}

  map(property: VcardProperty): void {
    // Labels first, whatever their position: Google writes all X-ABLabel lines at the end.
    if (property.name === 'X-ABLABEL') {
      if (property.group) this.groupLabels.set(property.group.toLowerCase(), property);
      else this.keep(property);
      return;
    }
    this.pendingProperties.push(property);
  }

  finish(startLine: number): CardResult {
    for (const property of this.pendingProperties) this.mapProperty(property);
    const draft = this.draft;
    if (!draft.photo && this.fallbackPhoto) draft.photo = this.fallbackPhoto;
    draft.notes = this.notes.join('\n');
    for (const [group, labelLine] of this.groupLabels) {
      if (!this.consumedGroups.has(group)) this.keep(labelLine);
    }
    draft.vcardExtras = this.extras.sort((a, b) => a.index - b.index).map((e) => ({ line: e.line }));
    draft.displayName = deriveDisplayName(draft);

    const warnings: CardIssue[] = []; // filled by cardToDraft
    const fitted = fitDraft(draft, (field, reason) => this.warn(startLine, field, reason));
    const result = ContactDraftSchema.safeParse(fitted);
    if (!result.success) {
      const reason = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { ok: false, reason: `The card does not make a valid contact (${reason}).`, warnings };
    }
    if (isEmpty(result.data)) return { ok: false, reason: 'The card holds no contact data.', warnings };
    const relatedUids = result.data.related.map((_, index) => this.relatedUids[index] ?? null);
    return { ok: true, draft: result.data, version: this.version, warnings, relatedUids };
  }

  private keep(property: VcardProperty): void {
    if (property.verbatim.length > LONG_TEXT_MAX) {
      this.warn(property.line, property.name, `${property.name} is too long to keep (${property.verbatim.length} characters); it was dropped.`);
      return;
    }
    this.extras.push({ index: property.index, line: property.verbatim });
  }

  private text(property: VcardProperty): string {
    return normaliseNewlines(unescapeText(property.text, this.version));
  }

  private components(property: VcardProperty): string[] {
    return splitStructured(property.text, this.version).map((items) => normaliseNewlines(joinList(items)));
  }

  /** Single-valued fields take the first occurrence; later ones are kept verbatim. */
  private firstOnly(property: VcardProperty, key = property.name): boolean {
    if (this.mappedOnce.has(key)) {
      this.keep(property);
      return false;
    }
    this.mappedOnce.add(key);
    return true;
  }

  private label(property: VcardProperty): string {
    const group = property.group.toLowerCase();
    const labelLine = group ? this.groupLabels.get(group) : undefined;
    if (labelLine) {
      const label = cleanAppleLabel(this.text(labelLine));
      if (label) {
        this.consumedGroups.add(group);
        return label;
      }
    }
    const labelParam = property.name === 'ADR' ? undefined : firstParam(property.params, 'LABEL');
    if (labelParam?.trim()) return labelParam.trim();
    return labelFromTypeWords(typeWords(property.params));
  }

  private primary(property: VcardProperty): boolean {
    return typeWords(property.params).includes('pref') || Number(firstParam(property.params, 'PREF')) === 1;
  }

  private date(property: VcardProperty): PartialDate | null {
    const date = parseVcardDate(this.text(property), firstParam(property.params, 'X-APPLE-OMIT-YEAR'));
    if (!date) this.warn(property.line, property.name, `${property.name} "${this.text(property)}" is not a date Rapport understands; it was kept as is.`);
    return date;
  }

  /**
   * Apple and Sabre write each IM twice (X-AIM and IMPP;X-SERVICE-TYPE=aim); one entry is
   * kept, primary if either copy was.
   */
  private addIm(p: VcardProperty, serviceFromName?: string): void {
    const im = readIm(this.text(p), p.params, serviceFromName);
    if (!im.handle) return;
    const label = this.label(p);
    const primary = this.primary(p);
    const same = this.draft.ims.find((i) => i.service === im.service && i.handle.toLowerCase() === im.handle.toLowerCase());
    if (same) same.primary ||= primary;
    else this.draft.ims.push({ label, service: im.service, handle: im.handle, primary });
  }

  private mapProperty(p: VcardProperty): void {
    const altId = firstParam(p.params, 'ALTID');
    if (altId !== undefined) {
      // One representation per ALTID group is mapped; the others are alternatives of it.
      const key = `${p.name}#${altId}`;
      if (this.seenAltIds.has(key)) return this.keep(p);
      this.seenAltIds.add(key);
    }
    const d = this.draft;
    const name = p.name;
    if (name in PHONETIC_FIELDS) {
      const field = PHONETIC_FIELDS[name as keyof typeof PHONETIC_FIELDS];
      if (this.firstOnly(p)) d[field] = this.text(p).trim();
      return;
    }
    if (name in IM_PROPERTY_SERVICES) return this.addIm(p, IM_PROPERTY_SERVICES[name]);
    if (ANNIVERSARY_NAMES.has(name)) {
      if (this.mappedOnce.has('ANNIVERSARY')) return this.keep(p);
      const date = this.date(p);
      if (!date) return this.keep(p);
      this.mappedOnce.add('ANNIVERSARY');
      d.anniversary = date;
      return;
    }
    switch (name) {
      case 'FN': {
        const text = this.text(p).trim();
        if (text === '') return;
        if (this.firstOnly(p)) d.displayName = text;
        return;
      }
      case 'N': {
        if (!this.firstOnly(p)) return;
        // Extra components beyond the five (Sabre's test card has a sixth) are ignored.
        const [family = '', given = '', middle = '', prefix = '', suffix = ''] = this.components(p);
        Object.assign(d, { family, given, middle, prefix, suffix });
        return;
      }
      case 'NICKNAME': {
        const nickname = joinList(splitList(p.text, this.version).map(normaliseNewlines));
        if (nickname && this.firstOnly(p)) d.nickname = nickname;
        return;
      }
      case 'SOUND': {
        // Japanese phones write the reading of the name as SOUND;X-IRMC-N.
        if (!typeWords(p.params).includes('x-irmc-n') || !this.firstOnly(p, 'X-IRMC-N')) return this.keep(p);
        const [family = '', given = '', middle = ''] = this.components(p);
        d.phoneticFamily ||= family;
        d.phoneticGiven ||= given;
        d.phoneticMiddle ||= middle;
        return;
      }
      case 'ORG': {
        if (!this.firstOnly(p)) return;
        const [organization = '', ...units] = this.components(p);
        d.organizationName = organization;
        d.department = units.filter(Boolean).join('; ');
        return;
      }
      case 'TITLE': {
        const title = this.text(p).trim();
        if (title && this.firstOnly(p)) d.title = title;
        return;
      }
      case 'EMAIL': {
        const address = this.text(p).trim().replace(/^mailto:/i, '');
        if (address) d.emails.push({ label: this.label(p), address, primary: this.primary(p) });
        return;
      }
      case 'TEL': {
        const number = this.text(p).trim().replace(/^tel:/i, '');
        if (number) d.phones.push({ label: this.label(p), number, primary: this.primary(p) });
        return;
      }
      case 'ADR': {
        const [poBox = '', extended = '', street = '', city = '', region = '', postalCode = '', country = ''] = this.components(p);
        const address = { poBox, extended, street, city, region, postalCode, country };
        if (Object.values(address).some(Boolean)) d.addresses.push({ label: this.label(p), ...address, primary: this.primary(p) });
        return;
      }
      case 'URL': {
        const url = this.text(p).trim();
        if (url) d.urls.push({ label: this.label(p), url, primary: this.primary(p) });
        return;
      }
      case 'IMPP':
        return this.addIm(p);
      case 'RELATED':
      case 'X-ABRELATEDNAMES': {
        const relatedName = this.text(p).trim();
        if (!relatedName) return;
        // The link itself is made by the import once every card is in (the ids are its own).
        this.relatedUids[d.related.length] = firstParam(p.params, RAPPORT_CONTACT_PARAM)?.trim() || null;
        d.related.push({ label: this.label(p), name: relatedName, contactId: null });
        return;
      }
      case RAPPORT_FIELD: {
        const label = (firstParam(p.params, 'LABEL') ?? '').trim();
        // A custom field needs a label; a line without one is not ours to interpret.
        if (!label) return this.keep(p);
        d.customFields.push({ label, value: this.text(p) });
        return;
      }
      case RAPPORT_FAVORITE: {
        if (!isFavoriteValue(this.text(p))) return this.keep(p);
        d.favorite = true;
        return;
      }
      case 'X-ANDROID-CUSTOM': {
        const relation = readAndroidRelation(splitStructured(p.text, this.version).map((items) => joinList(items)));
        if (relation) d.related.push({ ...relation, contactId: null });
        else this.keep(p);
        return;
      }
      case 'BDAY': {
        if (this.mappedOnce.has('BDAY')) return this.keep(p);
        const date = this.date(p);
        if (!date) return this.keep(p);
        this.mappedOnce.add('BDAY');
        d.birthday = date;
        return;
      }
      case 'X-ABDATE': {
        // Apple and Google put the anniversary in a labelled X-ABDate.
        const group = p.group.toLowerCase();
        const labelLine = group ? this.groupLabels.get(group) : undefined;
        const isAnniversary = labelLine !== undefined && cleanAppleLabel(this.text(labelLine)).toLowerCase() === 'anniversary';
        const date = isAnniversary && !this.mappedOnce.has('ANNIVERSARY') ? this.date(p) : null;
        if (!date) return this.keep(p);
        this.mappedOnce.add('ANNIVERSARY');
        this.consumedGroups.add(group);
        d.anniversary = date;
        return;
      }
      case 'CATEGORIES': {
        for (const tag of splitList(p.text, this.version).map((t) => normaliseNewlines(t).trim())) {
          if (tag && !d.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) d.tags.push(tag);
        }
        return;
      }
      case 'NOTE': {
        const note = this.text(p);
        if (note.trim()) this.notes.push(note);
        return;
      }
      case 'UID': {
        const uid = this.text(p).trim();
        if (uid && this.firstOnly(p)) d.vcardUid = uid;
        return;
      }
      case 'PHOTO':
      case 'X-MS-CARDPICTURE': {
        const outcome = readPhoto(this.version === '2.1' ? p.text : unescapeText(p.text, this.version), p.params);
        if (outcome.kind === 'empty') return;
        if (outcome.kind === 'keep') return this.keep(p);
        if (outcome.kind === 'drop') {
          this.warn(p.line, name, outcome.reason);
          return;
        }
        if (name === 'X-MS-CARDPICTURE') {
          // Outlook's own photo property: used only when the card has no PHOTO.
          if (this.fallbackPhoto) this.keep(p);
          else this.fallbackPhoto = outcome.photo;
          return;
        }
        if (this.draft.photo) return this.keep(p);
        this.draft.photo = outcome.photo;
        return;
      }
      default:
        this.keep(p);
    }
  }
}

function isEmpty(draft: ContactDraft): boolean {
  return (
    draft.displayName === '' &&
    draft.notes === '' &&
    draft.photo === null &&
    draft.vcardUid === null &&
    draft.birthday === null &&
    draft.anniversary === null &&
    [draft.addresses, draft.urls, draft.ims, draft.related, draft.tags, draft.customFields, draft.vcardExtras].every((l) => l.length === 0) &&
    !draft.title &&
    !draft.department &&
    !draft.phoneticGiven &&
    !draft.phoneticFamily
  );
}
