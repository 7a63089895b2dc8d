/** The detail pane: every field of the open contact, links that mail and dial, and its history. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { updateContact } from '../../state/contact-actions';
import { useHistoryStore } from '../../state/history-store';
import { useSelectedContactStore } from '../../state/selected-contact-store';
import { useToastStore } from '../../state/toast-store';
import { useViewStore } from '../../state/view-store';
import { useListSelectionStore } from '../../state/list-selection-store';
import { trashContacts } from '../commands/app-commands-run';
import { Avatar } from '../common/avatar';
import { errorText } from '../common/error-text';
import { formatDate } from '../common/format-date';
import { formatPartialDate } from '../common/format-partial-date';
import { BuildingIcon, LinkIcon, MailIcon, PencilIcon, PhoneIcon, StarIcon, TagIcon, TrashIcon } from '../common/icons';
import { CopyButton } from './copy-button';
import { DetailSection, ValueLabel } from './detail-section';
import { addressLines } from './format-address';
import { contactSections } from './detail-slots';
import { HistorySection } from './history-section';
import { telHref } from './tel-href';
import './contact-detail.css';

function roleLine(contact: Contact): string {
  return [contact.title, contact.department].filter(Boolean).join(', ');
}

/** Only web addresses become links; anything else (javascript:, file:) stays text. */
function safeUrl(url: string): string | null {
  const withScheme = /^[a-z][\w+.-]*:/i.test(url) ? url : `https://${url}`;
  return /^https?:\/\//i.test(withScheme) ? withScheme : null;
}

export function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const openEditor = useViewStore((state) => state.openEditor);
  const showScope = useViewStore((state) => state.showScope);
  const showToast = useToastStore((state) => state.show);
  const [busy, setBusy] = useState(false);
  const role = roleLine(contact);
  const fullName = [contact.prefix, contact.given, contact.middle, contact.family, contact.suffix].filter(Boolean).join(' ');
  const phonetic = [contact.phoneticGiven, contact.phoneticMiddle, contact.phoneticFamily].filter(Boolean).join(' ');

  useEffect(() => {
    void useHistoryStore.getState().show(contact.id);
  }, [contact.id, contact.updatedAt]);

  async function onDelete(): Promise<void> {
    setBusy(true);
    await trashContacts([contact.id]);
    setBusy(false);
  }

  async function toggleFavorite(): Promise<void> {
    try {
      const { changeSetId } = await updateContact(contact.id, { favorite: !contact.favorite });
      showToast({ message: contact.favorite ? t('toast.unfavorited', { name: contact.displayName }) : t('toast.favorited', { name: contact.displayName }), ...(changeSetId ? { undoChangeSetId: changeSetId } : {}) });
    } catch (error) {
      showToast({ message: t('toast.failed', { reason: errorText(t, error) }) });
    }
  }

  function openRelated(contactId: string): void {
    useListSelectionStore.getState().selectOnly(contactId);
    useSelectedContactStore.getState().select(contactId);
  }

  return (
    <article className="contact-detail" aria-labelledby="contact-detail-name">
      <header className="contact-detail__header">
        {contact.photo ? (
          <img className="contact-detail__photo" src={`data:${contact.photo.mediaType};base64,${contact.photo.base64}`} alt={t('detail.photoOf', { name: contact.displayName })} />
        ) : (
          <Avatar name={contact.displayName} colorKey={contact.id} size="large" />
        )}
        <div className="contact-detail__heading">
          <h2 id="contact-detail-name" className="contact-detail__name" tabIndex={-1}>
            <bdi>{contact.displayName}</bdi>
          </h2>
          {contact.organizationName ? (
            <p className="contact-detail__subtitle">
              {role ? <span>{role} · </span> : null}
              <button
                type="button"
                className="link-button"
                title={t('detail.showOrganization', { name: contact.organizationName })}
                onClick={() => contact.organizationId && showScope({ kind: 'organization', organizationId: contact.organizationId })}
              >
                <bdi>{contact.organizationName}</bdi>
              </button>
            </p>
          ) : role ? (
            <p className="contact-detail__subtitle">{role}</p>
          ) : null}
        </div>
        <div className="contact-detail__actions">
          <button
            type="button"
            className="button button--quiet contact-detail__favorite"
            aria-pressed={contact.favorite}
            aria-label={t('detail.favorite')}
            title={t('detail.favorite')}
            onClick={() => void toggleFavorite()}
          >
            <StarIcon />
          </button>
          <button type="button" className="button" aria-keyshortcuts="E" onClick={() => openEditor({ mode: 'edit', contactId: contact.id })}>
            <PencilIcon />
            {t('detail.edit')}
          </button>
          <button type="button" className="button button--danger" aria-keyshortcuts="Delete" disabled={busy} onClick={() => void onDelete()}>
            <TrashIcon />
            {t('detail.delete')}
          </button>
        </div>
      </header>

      <div className="contact-detail__body">
        {fullName !== contact.displayName && fullName ? (
          <DetailSection title={t('detail.fullName')}>
            <p>
              <bdi>{fullName}</bdi>
            </p>
          </DetailSection>
        ) : null}
        {phonetic || contact.nickname ? (
          <dl className="contact-detail__pairs">
            {phonetic ? (
              <>
                <dt>{t('detail.phonetic')}</dt>
                <dd>
                  <bdi>{phonetic}</bdi>
                </dd>
              </>
            ) : null}
            {contact.nickname ? (
              <>
                <dt>{t('detail.nickname')}</dt>
                <dd>
                  <bdi>{contact.nickname}</bdi>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}

        {contact.emails.length > 0 ? (
          <DetailSection title={t('detail.emails')} icon={<MailIcon />}>
            <ul className="contact-detail__values">
              {contact.emails.map((email) => (
                <li key={email.id}>
                  <a href={`mailto:${email.address}`} target="_blank" rel="noreferrer" title={t('detail.emailTo', { address: email.address })} dir="ltr">
                    {email.address}
                  </a>
                  <ValueLabel label={email.label} />
                  <CopyButton text={email.address} what={email.address} />
                </li>
              ))}
            </ul>
          </DetailSection>
        ) : null}

        {contact.phones.length > 0 ? (
          <DetailSection title={t('detail.phones')} icon={<PhoneIcon />}>
            <ul className="contact-detail__values">
              {contact.phones.map((phone) => (
                <li key={phone.id}>
                  {/* Phone numbers read left to right in every language. */}
                  <a href={telHref(phone)} target="_blank" rel="noreferrer" title={t('detail.call', { number: phone.number })} dir="ltr">
                    {phone.number}
                  </a>
                  <ValueLabel label={phone.label} />
                  <CopyButton text={phone.number} what={phone.number} />
                </li>
              ))}
            </ul>
          </DetailSection>
        ) : null}

        {contact.addresses.length > 0 ? (
          <DetailSection title={t('detail.addresses')}>
            <ul className="contact-detail__values">
              {contact.addresses.map((address) => {
                const lines = addressLines(address);
                return (
                  <li key={address.id} className="contact-detail__address">
                    <address>
                      {lines.map((line, index) => (
                        <span key={index} className="contact-detail__address-line">
                          <bdi>{line}</bdi>
                        </span>
                      ))}
                    </address>
                    <ValueLabel label={address.label} />
                    <CopyButton text={lines.join('\n')} what={t('detail.address')} />
                  </li>
                );
              })}
            </ul>
          </DetailSection>
        ) : null}

        {contact.urls.length > 0 ? (
          <DetailSection title={t('detail.urls')} icon={<LinkIcon />}>
            <ul className="contact-detail__values">
              {contact.urls.map((url) => {
                const href = safeUrl(url.url);
                return (
                  <li key={url.id}>
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer" dir="ltr">
                        {url.url}
                      </a>
                    ) : (
                      <span dir="ltr">{url.url}</span>
                    )}
                    <ValueLabel label={url.label} />
                  </li>
                );
              })}
            </ul>
          </DetailSection>
        ) : null}

        {contact.ims.length > 0 ? (
          <DetailSection title={t('detail.ims')}>
            <ul className="contact-detail__values">
              {contact.ims.map((im) => (
                <li key={im.id}>
                  <span dir="ltr">{im.handle}</span>
                  <ValueLabel label={[im.service, im.label].filter(Boolean).join(' · ')} />
                </li>
              ))}
            </ul>
          </DetailSection>
        ) : null}

        {contact.birthday || contact.anniversary ? (
          <dl className="contact-detail__pairs">
            {contact.birthday ? (
              <>
                <dt>{t('detail.birthday')}</dt>
                <dd>{formatPartialDate(contact.birthday)}</dd>
              </>
            ) : null}
            {contact.anniversary ? (
              <>
                <dt>{t('detail.anniversary')}</dt>
                <dd>{formatPartialDate(contact.anniversary)}</dd>
              </>
            ) : null}
          </dl>
        ) : null}

        {contact.related.length > 0 ? (
          <DetailSection title={t('detail.related')}>
            <ul className="contact-detail__values">
              {contact.related.map((person) => (
                <li key={person.id}>
                  {person.contactId ? (
                    <button type="button" className="link-button" onClick={() => person.contactId && openRelated(person.contactId)}>
                      <bdi>{person.name || t('detail.relatedContact')}</bdi>
                    </button>
                  ) : (
                    <bdi>{person.name}</bdi>
                  )}
                  <ValueLabel label={person.label} />
                </li>
              ))}
            </ul>
          </DetailSection>
        ) : null}

        {contact.tags.length > 0 ? (
          <DetailSection title={t('detail.tags')} icon={<TagIcon />}>
            <ul className="contact-detail__tags">
              {contact.tags.map((tag) => (
                <li key={tag.id}>
                  <button type="button" className="contact-detail__tag" title={t('detail.showTag', { name: tag.name })} onClick={() => showScope({ kind: 'tag', tagId: tag.id })}>
                    <bdi>{tag.name}</bdi>
                  </button>
                </li>
              ))}
            </ul>
          </DetailSection>
        ) : null}

        {contact.customFields.length > 0 ? (
          <DetailSection title={t('detail.customFields')} icon={<BuildingIcon />}>
            <dl className="contact-detail__pairs">
              {contact.customFields.map((field, index) => (
                <div key={index} className="contact-detail__pair">
                  <dt>
                    <bdi>{field.label}</bdi>
                  </dt>
                  <dd>
                    <bdi>{field.value}</bdi>
                  </dd>
                </div>
              ))}
            </dl>
          </DetailSection>
        ) : null}

        {contact.notes.trim() ? (
          <DetailSection title={t('detail.notes')}>
            <p className="contact-detail__notes" dir="auto">
              {contact.notes}
            </p>
          </DetailSection>
        ) : null}

        {contactSections().map(({ id, component: Section }) => (
          <Section key={id} contact={contact} />
        ))}
        <HistorySection />

        <p className="contact-detail__meta">
          {t('detail.updatedAt', { date: formatDate(contact.updatedAt) })}
          {contact.lastContactedAt ? ` · ${t('detail.lastContacted', { date: formatDate(contact.lastContactedAt) })}` : null}
        </p>
      </div>
    </article>
  );
}
