import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { deleteContacts } from '../../state/contact-actions';
import { useToastStore } from '../../state/toast-store';
import { useViewStore } from '../../state/view-store';
import { Avatar } from '../common/avatar';
import { errorText } from '../common/error-text';
import { formatDate } from '../common/format-date';
import { MailIcon, PencilIcon, PhoneIcon, TrashIcon } from '../common/icons';
import { telHref } from './tel-href';
import './contact-detail.css';

function roleLine(contact: Contact, t: ReturnType<typeof useTranslation>['t']): string {
  if (contact.title && contact.organizationName) return t('detail.titleAtOrganization', { title: contact.title, organization: contact.organizationName });
  return contact.title || contact.organizationName;
}

export function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const openEditor = useViewStore((state) => state.openEditor);
  const showToast = useToastStore((state) => state.show);
  const [deleting, setDeleting] = useState(false);
  const subtitle = roleLine(contact, t);
  const hasDetails = contact.emails.length > 0 || contact.phones.length > 0 || contact.notes.trim() !== '' || contact.tags.length > 0;

  async function onDelete(): Promise<void> {
    setDeleting(true);
    try {
      const changeSetId = await deleteContacts([contact.id]);
      showToast({ message: t('toast.deleted', { name: contact.displayName }), ...(changeSetId ? { undoChangeSetId: changeSetId } : {}) });
    } catch (error) {
      showToast({ message: t('toast.failed', { reason: errorText(t, error) }) });
      setDeleting(false);
    }
  }

  return (
    <article className="contact-detail" aria-labelledby="contact-detail-name">
      <header className="contact-detail__header">
        <Avatar name={contact.displayName} colorKey={contact.id} size="large" />
        <div className="contact-detail__heading">
          <h2 id="contact-detail-name" className="contact-detail__name">
            {contact.displayName}
          </h2>
          {subtitle ? <p className="contact-detail__subtitle">{subtitle}</p> : null}
        </div>
        <div className="contact-detail__actions">
          <button type="button" className="button" onClick={() => openEditor({ mode: 'edit', contactId: contact.id })}>
            <PencilIcon />
            {t('detail.edit')}
          </button>
          <button type="button" className="button button--danger" disabled={deleting} onClick={() => void onDelete()}>
            <TrashIcon />
            {t('detail.delete')}
          </button>
        </div>
      </header>

      <div className="contact-detail__body">
        {contact.emails.length > 0 ? (
          <section className="contact-detail__section" aria-label={t('detail.emails')}>
            <h3 className="contact-detail__section-title">
              <MailIcon />
              {t('detail.emails')}
            </h3>
            <ul className="contact-detail__values">
              {contact.emails.map((email) => (
                <li key={email.id}>
                  <a href={`mailto:${email.address}`} title={t('detail.emailTo', { address: email.address })} dir="ltr">
                    {email.address}
                  </a>
                  {email.label ? <span className="contact-detail__label">{email.label}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {contact.phones.length > 0 ? (
          <section className="contact-detail__section" aria-label={t('detail.phones')}>
            <h3 className="contact-detail__section-title">
              <PhoneIcon />
              {t('detail.phones')}
            </h3>
            <ul className="contact-detail__values">
              {contact.phones.map((phone) => (
                <li key={phone.id}>
                  {/* Phone numbers read left to right in every language. */}
                  <a href={telHref(phone)} title={t('detail.call', { number: phone.number })} dir="ltr">
                    {phone.number}
                  </a>
                  {phone.label ? <span className="contact-detail__label">{phone.label}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {contact.tags.length > 0 ? (
          <section className="contact-detail__section" aria-label={t('detail.tags')}>
            <h3 className="contact-detail__section-title">{t('detail.tags')}</h3>
            <ul className="contact-detail__tags">
              {contact.tags.map((tag) => (
                <li key={tag.id} className="contact-detail__tag">
                  {tag.name}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {contact.notes.trim() ? (
          <section className="contact-detail__section" aria-label={t('detail.notes')}>
            <h3 className="contact-detail__section-title">{t('detail.notes')}</h3>
            <p className="contact-detail__notes">{contact.notes}</p>
          </section>
        ) : null}

        {!hasDetails ? <p className="contact-detail__none">{t('detail.noDetails')}</p> : null}

        <p className="contact-detail__meta">{t('detail.updatedAt', { date: formatDate(contact.updatedAt) })}</p>
      </div>
    </article>
  );
}
