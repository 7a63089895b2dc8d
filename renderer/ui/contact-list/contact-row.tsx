import type { ContactSummary } from '../../../shared/domain/contact';
import { Avatar } from '../common/avatar';

/** One row: name first, then what tells two people of the same name apart. */
export function ContactRow({ contact }: { contact: ContactSummary }) {
  const secondLine = contact.organizationName || contact.primaryEmail || contact.primaryPhone || '';
  return (
    <>
      <Avatar name={contact.displayName} colorKey={contact.id} />
      <span className="contact-row__text">
        <span className="contact-row__name">{contact.displayName}</span>
        {secondLine ? <span className="contact-row__detail">{secondLine}</span> : null}
      </span>
    </>
  );
}
