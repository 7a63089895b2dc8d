/**
 * Creating and editing a contact. The first interface edits the fields people use most;
 * the full editor (addresses, birthdays, photos, custom fields, …) grows from this one.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { createContact, updateContact } from '../../state/contact-actions';
import { useToastStore } from '../../state/toast-store';
import { useViewStore } from '../../state/view-store';
import { errorText } from '../common/error-text';
import { applyApiIssues } from './apply-api-issues';
import { changedFields } from './changed-fields';
import { ContactFormSchema, type ContactFormOutput, type ContactFormValues } from './contact-form-schema';
import { formValuesFor, patchOfChangedFields } from './contact-form-values';
import { EmailRows } from './email-rows';
import { fieldErrorText } from './field-error-text';
import { PhoneRows } from './phone-rows';
import { TextField } from './text-field';
import './contact-form.css';

export function ContactForm({ contact }: { contact: Contact | null }) {
  const { t } = useTranslation();
  const closeEditor = useViewStore((state) => state.closeEditor);
  const showToast = useToastStore((state) => state.show);
  const initialValues = useMemo(() => formValuesFor(contact), [contact]);
  const form = useForm<ContactFormValues, unknown, ContactFormOutput>({
    resolver: zodResolver(ContactFormSchema),
    defaultValues: initialValues,
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const title = contact ? t('form.editTitle') : t('form.createTitle');
  const error = (message: string | undefined) => fieldErrorText(t, message);

  async function save(output: ContactFormOutput): Promise<void> {
    setFormError(null);
    try {
      if (contact) {
        const changed = changedFields(initialValues, output);
        if (changed.size > 0) {
          const saved = await updateContact(contact.id, patchOfChangedFields(output, changed));
          showToast({ message: t('toast.saved', { name: saved.displayName }) });
        }
      } else {
        const created = await createContact(output);
        showToast({ message: t('toast.created', { name: created.displayName }) });
      }
      closeEditor();
    } catch (failure) {
      const { placed, total } = applyApiIssues(failure, form.setError);
      if (placed === 0 || placed < total) setFormError(t('form.saveFailed', { reason: errorText(t, failure) }));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeEditor();
    }
  }

  return (
    <FormProvider {...form}>
      <form className="contact-form" aria-label={title} noValidate onSubmit={(event) => void handleSubmit(save)(event)} onKeyDown={onKeyDown}>
        <header className="contact-form__header">
          <h2 className="contact-form__title">{title}</h2>
        </header>
        <div className="contact-form__body">
          <div className="contact-form__grid">
            <TextField label={t('form.given')} autoFocus autoComplete="off" error={error(formState.errors.given?.message)} {...register('given')} />
            <TextField label={t('form.family')} autoComplete="off" error={error(formState.errors.family?.message)} {...register('family')} />
            <TextField label={t('form.displayName')} hint={t('form.displayNameHint')} autoComplete="off" error={error(formState.errors.displayName?.message)} {...register('displayName')} />
            <TextField label={t('form.organizationName')} autoComplete="off" error={error(formState.errors.organizationName?.message)} {...register('organizationName')} />
            <TextField label={t('form.title')} autoComplete="off" error={error(formState.errors.title?.message)} {...register('title')} />
          </div>
          <EmailRows />
          <PhoneRows />
          <TextField label={t('form.tags')} hint={t('form.tagsHint')} autoComplete="off" error={error(formState.errors.tags?.message)} {...register('tags')} />
          <TextField multiline label={t('form.notes')} rows={4} error={error(formState.errors.notes?.message)} {...register('notes')} />
        </div>
        <footer className="contact-form__footer">
          {formError ? (
            <p className="contact-form__error" role="alert">
              {formError}
            </p>
          ) : null}
          <button type="button" className="button" onClick={closeEditor}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('form.saving') : t('form.save')}
          </button>
        </footer>
      </form>
    </FormProvider>
  );
}
