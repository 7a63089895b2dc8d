/**
 * Phone numbers as libphonenumber-js reads them, with the default country from settings
 * for numbers typed without +country. "Impossible" means no country numbers that way
 * (too short, too long); a possible number may still be unassigned, which we accept.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneCheck = { kind: 'empty' } | { kind: 'ok'; formatted: string; country: string | undefined } | { kind: 'unknownCountry' } | { kind: 'impossible' };

export function checkPhone(text: string, defaultCountry: string | null): PhoneCheck {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  if (!international && !defaultCountry) {
    // Without a country we cannot judge a national number; the server stores it as typed.
    return /\d{3,}/.test(trimmed.replace(/\D/g, '')) ? { kind: 'unknownCountry' } : { kind: 'impossible' };
  }
  const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'), (defaultCountry ?? undefined) as CountryCode | undefined);
  if (!parsed || !parsed.isPossible()) return { kind: 'impossible' };
  const sameCountry = defaultCountry !== null && parsed.country === defaultCountry;
  return { kind: 'ok', formatted: sameCountry ? parsed.formatNational() : parsed.formatInternational(), country: parsed.country };
}
