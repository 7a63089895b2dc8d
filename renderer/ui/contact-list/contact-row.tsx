import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../shared/domain/contact';
import { Avatar } from '../common/avatar';
import { StarIcon } from '../common/icons';

/** One row: name first, then what tells two people of the same name apart. */
export function ContactRow({ contact }: { contact: ContactSummary }) {
  const { t } = useTranslation();
  const organization = [contact.title, contact.organizationName].filter(Boolean).join(' · ');
  const ltrDetail = !organization ? (contact.primaryEmail ?? contact.primaryPhone ?? '') : '';
  return (
    <>
      <Avatar name={contact.displayName} colorKey={contact.id} />
      <span className="contact-row__text">
        <span className="contact-row__name">
          <bdi>{contact.displayName}</bdi>
          {contact.favorite ? (
            <span className="contact-row__favorite" title={t('list.favorite')}>
              <StarIcon />
              <span className="visually-hidden">{t('list.favorite')}</span>
            </span>
          ) : null}
        </span>
        {organization ? <span className="contact-row__detail">{organization}</span> : null}
        {/* Emails and phone numbers are left-to-right tokens inside any language. */}
        {ltrDetail ? (
          <span className="contact-row__detail" dir="ltr">
            {/* bdo: emails and numbers are ASCII tokens; forcing their order is always right. */}
            <bdo dir="ltr">{ltrDetail}</bdo>
          </span>
        ) : null}
      </span>
    </>
  );
}
