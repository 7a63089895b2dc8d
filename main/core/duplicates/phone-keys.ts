/**
 * When two stored phones are the same number. E.164 decides when both have it; when one
 * was typed without a country code (and no default country was known), the last nine
 * digits decide, which is the national number in most countries: "0721 234 567" and
 * "+40 721 234 567" agree, "+40 721 234 567" and "+1 721 234 567" do not.
 */
export interface PhoneKey {
  e164: string | null;
  /** The last nine digits (all of them when shorter); null when too short to mean anything. */
  tail: string | null;
}

const TAIL_DIGITS = 9;
const MIN_DIGITS = 7;

export function phoneKey(e164: string | null, digits: string): PhoneKey {
  // The E.164 digits, not the typed ones: typed digits may carry an extension.
  const significant = e164 ? e164.replace(/\D+/g, '') : digits;
  const tail = significant.length >= MIN_DIGITS ? significant.slice(-TAIL_DIGITS) : null;
  return { e164, tail };
}

export function samePhone(a: PhoneKey, b: PhoneKey): boolean {
  if (a.e164 && b.e164) return a.e164 === b.e164;
  return a.tail !== null && a.tail === b.tail;
}
