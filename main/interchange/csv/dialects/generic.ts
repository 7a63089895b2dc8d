/**
 * Plain spreadsheets: whatever a person or a small tool typed as headers, in English,
 * French or German. Also the fallback for every dialect's unknown columns.
 *
 * A header is read as [qualifier] core [qualifier]: `Home Phone`, `Téléphone domicile`,
 * `Telefon geschäftlich`, `Email (Work)`. The qualifier becomes the label.
 */
import type { ColumnTarget, TextFieldTarget } from '../../../../shared/domain/column-mapping';
import { AUTO_GROUP, type HeaderMatcher } from './header-matcher';
import { matchOutlookHeader } from './outlook';

const TEXT_FIELD_SYNONYMS: Readonly<Record<Exclude<TextFieldTarget, 'vcardUid'>, readonly string[]>> = {
  given: ['firstname', 'givenname', 'first', 'forename', 'prenom', 'vorname', 'nombre', 'voornaam', 'nome', 'christianname'],
  middle: ['middlename', 'middlenames', 'additionalname', 'additionalnames', 'secondname', 'zweitervorname', 'weiterevornamen', 'deuxiemeprenom', 'middleinitial'],
  family: ['lastname', 'familyname', 'surname', 'last', 'nom', 'nomdefamille', 'nachname', 'familienname', 'zuname', 'apellido', 'apellidos', 'achternaam', 'cognome'],
  displayName: ['name', 'fullname', 'displayname', 'formattedname', 'nomcomplet', 'nomaffiche', 'vollername', 'vollstandigername', 'anzeigename', 'contactname', 'nombrecompleto'],
  prefix: ['nameprefix', 'prefix', 'honorificprefix', 'honorificprefixes', 'salutation', 'anrede', 'civilite', 'titel'],
  suffix: ['namesuffix', 'suffix', 'honorificsuffix', 'honorificsuffixes', 'namenszusatz'],
  nickname: ['nickname', 'nick', 'surnom', 'spitzname', 'pseudo', 'alias'],
  phoneticGiven: ['phoneticfirstname', 'phoneticgivenname', 'givennameyomi', 'firstnameyomi', 'givenyomi'],
  phoneticMiddle: ['phoneticmiddlename', 'additionalnameyomi'],
  phoneticFamily: ['phoneticlastname', 'phoneticfamilyname', 'familynameyomi', 'lastnameyomi', 'surnameyomi'],
  organizationName: ['company', 'companyname', 'organization', 'organisation', 'organizationname', 'org', 'employer', 'societe', 'entreprise', 'firma', 'firmenname', 'unternehmen', 'arbeitgeber', 'empresa', 'nomdelentreprise'],
  title: ['jobtitle', 'title', 'position', 'role', 'fonction', 'poste', 'berufsbezeichnung', 'jobbezeichnung', 'funktion', 'cargo', 'occupation'],
  department: ['department', 'dept', 'division', 'service', 'abteilung', 'departamento'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'memo', 'remarques', 'commentaire', 'commentaires', 'notizen', 'notiz', 'bemerkung', 'bemerkungen', 'anmerkungen', 'kommentar', 'notas', 'description'],
};

const SCALAR_TARGETS = new Map<string, ColumnTarget>();
for (const [target, synonyms] of Object.entries(TEXT_FIELD_SYNONYMS)) {
  for (const synonym of synonyms) SCALAR_TARGETS.set(synonym, { target: target as TextFieldTarget });
}
for (const synonym of ['birthday', 'birthdate', 'dateofbirth', 'dob', 'bday', 'anniversaire', 'datedenaissance', 'naissance', 'geburtstag', 'geburtsdatum', 'cumpleanos', 'fechadenacimiento']) {
  SCALAR_TARGETS.set(synonym, { target: 'birthday', dateOrder: 'mdy' });
}
for (const synonym of ['anniversary', 'weddinganniversary', 'jahrestag', 'hochzeitstag']) {
  SCALAR_TARGETS.set(synonym, { target: 'anniversary', dateOrder: 'mdy' });
}
for (const synonym of ['tags', 'tag', 'categories', 'category', 'groups', 'group', 'labels', 'categorie', 'kategorie', 'kategorien', 'gruppe', 'gruppen', 'groupe', 'groupes', 'etiquettes']) {
  SCALAR_TARGETS.set(synonym, { target: 'tags', separator: ';', googleGroups: false });
}
for (const synonym of ['favorite', 'favourite', 'starred', 'favori', 'favorit']) SCALAR_TARGETS.set(synonym, { target: 'favorite' });
for (const synonym of ['uid', 'vcarduid']) SCALAR_TARGETS.set(synonym, { target: 'vcardUid' });

const QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['home', 'home'], ['private', 'home'], ['personal', 'home'], ['privat', 'home'], ['domicile', 'home'], ['perso', 'home'], ['personnel', 'home'],
  ['work', 'work'], ['business', 'work'], ['office', 'work'], ['bureau', 'work'], ['travail', 'work'], ['professionnel', 'work'], ['pro', 'work'], ['geschaftlich', 'work'], ['dienstlich', 'work'], ['buro', 'work'], ['arbeit', 'work'],
  ['other', 'other'], ['autre', 'other'], ['andere', 'other'], ['weitere', 'other'],
  // "Primary Email", "Secondary Email": ordering words, not labels.
  ['primary', ''], ['secondary', ''], ['principal', ''], ['main', ''],
];

const EMAIL_CORES = new Set(['email', 'emailaddress', 'mail', 'emailadresse', 'mailadresse', 'courriel', 'adressecourriel', 'adresseemail', 'adressemail', 'adresseelectronique', 'correo', 'correoelectronico', 'mailaddress']);
const PHONE_CORES = new Set(['phone', 'telephone', 'tel', 'telefon', 'phonenumber', 'telephonenumber', 'telefonnummer', 'numerodetelephone', 'numero', 'fon', 'telephonefixe', 'festnetz', 'landline']);
const MOBILE_CORES = new Set(['mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'cellular', 'handy', 'mobiltelefon', 'mobil', 'portable', 'telephoneportable', 'gsm', 'natel', 'handynummer', 'mobilfunk']);
const FAX_CORES = new Set(['fax', 'faxnumber', 'telefax', 'telecopie']);
const PAGER_CORES = new Set(['pager', 'pagernumber', 'beeper']);
const URL_CORES = new Set(['website', 'web', 'webpage', 'url', 'homepage', 'site', 'siteweb', 'siteinternet', 'webseite', 'internet', 'internetseite', 'blog']);
const ADDRESS_CORES: ReadonlyMap<string, ColumnTarget['target']> = new Map([
  ...['street', 'address', 'streetaddress', 'adresse', 'rue', 'strasse', 'anschrift', 'addressline', 'addressstreet', 'adressepostale'].map((core) => [core, 'addresses[].street'] as const),
  ...['extendedaddress', 'addressextended', 'complementdadresse', 'adresszusatz'].map((core) => [core, 'addresses[].extended'] as const),
  ...['pobox', 'postbox', 'postofficebox', 'boitepostale', 'bp', 'postfach', 'addresspobox'].map((core) => [core, 'addresses[].poBox'] as const),
  ...['city', 'town', 'locality', 'ville', 'stadt', 'ort', 'wohnort', 'commune', 'addresscity', 'addresslocality'].map((core) => [core, 'addresses[].city'] as const),
  ...['state', 'region', 'province', 'county', 'bundesland', 'etat', 'addressregion', 'addressstate'].map((core) => [core, 'addresses[].region'] as const),
  ...['zip', 'zipcode', 'postalcode', 'postcode', 'codepostal', 'cp', 'plz', 'postleitzahl', 'addresspostalcode', 'addresszip'].map((core) => [core, 'addresses[].postalCode'] as const),
  ...['country', 'countryregion', 'pays', 'land', 'addresscountry'].map((core) => [core, 'addresses[].country'] as const),
  ...['addresslabel', 'formattedaddress', 'fulladdress', 'label'].map((core) => [core, 'addresses[].formatted'] as const),
]);
const RELATED_CORES: ReadonlyMap<string, string> = new Map([
  ['spouse', 'spouse'], ['spousesname', 'spouse'], ['partner', 'spouse'], ['conjoint', 'spouse'], ['ehepartner', 'spouse'],
  ['assistant', 'assistant'], ['assistantsname', 'assistant'],
  ['manager', 'manager'], ['managersname', 'manager'],
  ['children', 'child'], ['child', 'child'], ['kinder', 'child'], ['enfants', 'child'],
]);
const IM_SERVICES: ReadonlyMap<string, string> = new Map([
  ['jabber', 'xmpp'], ['xmpp', 'xmpp'], ['skype', 'skype'], ['icq', 'icq'], ['aim', 'aim'], ['msn', 'msn'], ['yahoo', 'yahoo'],
  ['telegram', 'telegram'], ['whatsapp', 'whatsapp'], ['signal', 'signal'], ['gadugadu', 'gadu'], ['qq', 'qq'],
]);

/** Old Gmail and some tools prefix numbered blocks: `Section 1 - Email`. */
function stripSectionPrefix(header: string): string {
  return header.replace(/^section\d+/, '');
}

function splitQualifier(header: string): { core: string; label: string } {
  for (const [word, label] of QUALIFIERS) {
    if (header.length > word.length && header.startsWith(word)) return { core: header.slice(word.length), label };
    if (header.length > word.length && header.endsWith(word)) return { core: header.slice(0, -word.length), label };
  }
  return { core: header, label: '' };
}

function matchCore(core: string, label: string): ColumnTarget | null {
  // "Street 2", "Address Line 2": the second street line is the extended address.
  if (/^(street|address|addressline|adresse|strasse)[23]$/.test(core)) {
    return { target: 'addresses[].extended', group: AUTO_GROUP, label };
  }
  const withoutDigits = core.replace(/\d+/g, '');
  if (EMAIL_CORES.has(withoutDigits)) return { target: 'emails[].address', group: AUTO_GROUP, label };
  if (PHONE_CORES.has(withoutDigits)) return { target: 'phones[].number', group: AUTO_GROUP, label };
  if (MOBILE_CORES.has(withoutDigits)) return { target: 'phones[].number', group: AUTO_GROUP, label: 'mobile' };
  if (FAX_CORES.has(withoutDigits)) return { target: 'phones[].number', group: AUTO_GROUP, label: label ? `${label} fax` : 'fax' };
  if (PAGER_CORES.has(withoutDigits)) return { target: 'phones[].number', group: AUTO_GROUP, label: 'pager' };
  if (URL_CORES.has(withoutDigits)) return { target: 'urls[].url', group: AUTO_GROUP, label };
  const addressTarget = ADDRESS_CORES.get(core) ?? ADDRESS_CORES.get(core.replace(/^address/, ''));
  if (addressTarget) return { target: addressTarget, group: AUTO_GROUP, label } as ColumnTarget;
  const relation = RELATED_CORES.get(withoutDigits);
  if (relation) return { target: 'related[].name', group: AUTO_GROUP, label: relation };
  if (withoutDigits === 'screenname' || withoutDigits === 'imaddress' || withoutDigits === 'im' || withoutDigits === 'messenger') {
    return { target: 'ims[].handle', group: AUTO_GROUP, label };
  }
  // "Website Blog", "Web Page Work": the rest of the header is the label.
  const labelledUrl = /^(website|webpage|url)([a-z]+)$/.exec(withoutDigits);
  if (labelledUrl) return { target: 'urls[].url', group: AUTO_GROUP, label: labelledUrl[2] === 'homepage' ? 'homepage' : (labelledUrl[2] ?? '') };
  const imService = IM_SERVICES.get(withoutDigits.replace(/^im/, ''));
  if (imService) return { target: 'ims[].handle', group: AUTO_GROUP, label, service: imService };
  return null;
}

export const matchGenericHeader: HeaderMatcher = (normalizedHeader) => {
  const header = stripSectionPrefix(normalizedHeader);
  if (!header) return null;
  const scalar = SCALAR_TARGETS.get(header);
  if (scalar) return scalar;
  const direct = matchCore(header, '');
  if (direct) return direct;
  const { core, label } = splitQualifier(header);
  const qualified = core === header ? null : label === '' && SCALAR_TARGETS.has(core) ? (SCALAR_TARGETS.get(core) ?? null) : matchCore(core, label);
  // Many hand-made and third-party files borrow Outlook's names ("Car Phone", "Assistant's Phone").
  return qualified ?? matchOutlookHeader(normalizedHeader, normalizedHeader);
};
