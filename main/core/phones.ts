/**
 * Phone numbers are stored as typed and also normalised: E.164 where the country is known
 * (from the number itself or the user's default country), and bare digits always, for
 * search ("555 12" finds "+1 (555) 123-4567") and duplicate matching.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export interface NormalizedPhone {
  e164: string | null;
  digits: string;
  /** The national significant number, so a search need not know the country code. */
  nationalDigits: string | null;
}

export function phoneDigits(text: string): string {
  return text.replace(/\D+/g, '');
}

export function normalizePhone(number: string, defaultCountry: string | null): NormalizedPhone {
  const digits = phoneDigits(number);
  // tel: URIs and extensions are common in vCards; libphonenumber reads "ext." itself.
  const cleaned = number.replace(/^tel:/i, '').trim();
  try {
    const parsed = parsePhoneNumberFromString(cleaned, (defaultCountry ?? undefined) as CountryCode | undefined);
    if (parsed && parsed.isPossible()) {
      return { e164: parsed.number, digits, nationalDigits: parsed.nationalNumber };
    }
  } catch {
    // Not a phone number libphonenumber understands: keep the digits only.
  }
  return { e164: null, digits, nationalDigits: null };
}
