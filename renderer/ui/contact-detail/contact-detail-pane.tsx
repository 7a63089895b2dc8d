import { useTranslation } from 'react-i18next';
import { useSelectedContactStore } from '../../state/selected-contact-store';
import { useViewStore } from '../../state/view-store';
import { EmptyState } from '../common/empty-state';
import { errorText } from '../common/error-text';
import { PeopleIcon } from '../common/icons';
import { ContactForm } from '../contact-form/contact-form';
import { ContactDetail } from './contact-detail';

/** The main pane of "All contacts": the editor when open, else the selected contact. */
export function ContactDetailPane() {
  const { t } = useTranslation();
  const editor = useViewStore((state) => state.editor);
  const { contact, status, error } = useSelectedContactStore();

  if (editor.mode === 'create') return <ContactForm key="new" contact={null} />;
  if (editor.mode === 'edit' && contact?.id === editor.contactId) return <ContactForm key={contact.id} contact={contact} />;
  if (status === 'error') return <EmptyState title={t('detail.nothingSelectedTitle')}>{errorText(t, error)}</EmptyState>;
  if (!contact) {
    return (
      <EmptyState icon={<PeopleIcon />} title={t('detail.nothingSelectedTitle')}>
        {t('detail.nothingSelectedBody')}
      </EmptyState>
    );
  }
  return <ContactDetail contact={contact} />;
}
