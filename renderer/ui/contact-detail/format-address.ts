import type { Contact } from '../../../shared/domain/contact';

type Address = Contact['addresses'][number];

/** The address as lines, in the order most postal systems read them; empty parts dropped. */
export function addressLines(address: Address): string[] {
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.poBox, address.street, address.extended, cityLine, address.region, address.country].map((line) => line.trim()).filter(Boolean);
}
