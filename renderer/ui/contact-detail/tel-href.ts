import type { Contact } from '../../../shared/domain/contact';

/** A tel: link that dials: the E.164 form when known, else the typed digits and a leading +. */
export function telHref(phone: Contact['phones'][number]): string {
  const dialable = phone.e164 ?? phone.number.replace(/[^\d+*#]/g, '');
  return `tel:${dialable}`;
}
