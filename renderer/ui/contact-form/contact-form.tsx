/**
 * Creating and editing a contact: every field of ContactDraft, validated as the person
 * types (after the first save attempt) with the schema the API uses. Esc cancels.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/contact';
import { createContact, updateContact } from '../../state/contact-actions';
import { useSettingsStore } from '../../state/settings-store';
import { useSidebarDataStore } from '../../state/sidebar-data-store';
import { useToastStore } from '../../state/toast-store';
import { useViewStore } from '../../state/view-store';
import { errorText } from '../common/error-text';
import { applyApiIssues } from './apply-api-issues';
import { changedFields } from './changed-fields';
import { contactFormSchema, type ContactFormOutput, type ContactFormValues } from './contact-form-schema';
import { formValuesFor, patchOfChangedFields } from './contact-form-values';
import { AddressRows, CustomFieldRows, EmailRows, ImRows, PhoneRows, UrlRows } from './contact-rows';
import { DateFields } from './date-fields';
import { fieldErrorText } from './field-error-text';
import { PhotoField } from './photo-field';
import { RelatedRows } from './related-rows';
import { TextField } from './text-field';
import './contact-form.css';

const ORGANIZATION_LIST_ID = 'organization-suggestions';

export function ContactForm({ contact }: { contact: Contact | null }) {
  const { t } = useTranslation();
  const closeEditor = useViewStore((state) => state.closeEditor);
  const showToast = useToastStore((state) => state.show);
  const organizations = useSidebarDataStore((state) => state.organizations);
  const defaultCountry = useSettingsStore((state) => state.settings?.defaultCountry ?? null);
  const schema = useMemo(() => contactFormSchema(defaultCountry), [defaultCountry]);
  const initialValues = useMemo(() => formValuesFor(contact), [contact]);
  const form = useForm<ContactFormValues, unknown, ContactFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, control } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [showMoreNames, setShowMoreNames] = useState(() => Boolean(contact && (contact.prefix || contact.middle || contact.suffix || contact.phoneticGiven || contact.phoneticFamily || contact.nickname)));
  const title = contact ? t('form.editTitle') : t('form.createTitle');
  const error = (message: string | undefined) => fieldErrorText(t, message);
  const [given, family] = useWatch({ control, name: ['given', 'family'] });
  const nameForAvatar = [given, family].filter(Boolean).join(' ');

  async function save(output: ContactFormOutput): Promise<void> {
    setFormError(null);
    try {
      if (contact) {
        const changed = changedFields(schema, initialValues, output);
        if (changed.size > 0) {
          const { contact: saved, changeSetId } = await updateContact(contact.id, patchOfChangedFields(output, changed));
          showToast({ message: t('toast.saved', { name: saved.displayName }), ...(changeSetId ? { undoChangeSetId: changeSetId } : {}) });
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
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      closeEditor();
    }
  }

  const text = (name: 'prefix' | 'given' | 'middle' | 'family' | 'suffix' | 'displayName' | 'nickname' | 'phoneticGiven' | 'phoneticMiddle' | 'phoneticFamily' | 'title' | 'department', extra: { hint?: string; autoFocus?: boolean } = {}) => (
    <TextField label={t(`form.${name}`)} autoComplete="off" dir="auto" error={error(formState.errors[name]?.message)} {...extra} {...register(name)} />
  );

  return (
    <FormProvider {...form}>
      <form className="contact-form" aria-label={title} noValidate onSubmit={(event) => void handleSubmit(save)(event)} onKeyDown={onKeyDown}>
        <header className="contact-form__header">
          <h2 className="contact-form__title">{title}</h2>
          <label className="checkbox">
            <input type="checkbox" {...register('favorite')} />
            {t('form.favorite')}
          </label>
        </header>
        <div className="contact-form__body">
          <PhotoField name={nameForAvatar} />
          <div className="contact-form__grid">
            {text('given', { autoFocus: true })}
            {text('family')}
            {showMoreNames ? (
              <>
                {text('prefix')}
                {text('middle')}
                {text('suffix')}
                {text('nickname')}
                {text('phoneticGiven')}
                {text('phoneticMiddle')}
                {text('phoneticFamily')}
              </>
            ) : null}
          </div>
          {showMoreNames ? null : (
            <button type="button" className="button button--quiet form-rows__add" onClick={() => setShowMoreNames(true)}>
              {t('form.moreNames')}
            </button>
          )}
          {text('displayName', { hint: t('form.displayNameHint') })}
          <div className="contact-form__grid">
            <TextField label={t('form.organizationName')} autoComplete="off" dir="auto" list={ORGANIZATION_LIST_ID} hint={t('form.organizationHint')} error={error(formState.errors.organizationName?.message)} {...register('organizationName')} />
            <datalist id={ORGANIZATION_LIST_ID}>
              {organizations.map((organization) => (
                <option key={organization.id} value={organization.name} />
              ))}
            </datalist>
            {text('title')}
            {text('department')}
          </div>
          <EmailRows />
          <PhoneRows />
          <AddressRows />
          <UrlRows />
          <ImRows />
          <div className="contact-form__grid">
            <DateFields name="birthday" legend={t('form.birthday')} />
            <DateFields name="anniversary" legend={t('form.anniversary')} />
          </div>
          <RelatedRows />
          <CustomFieldRows />
          <TextField label={t('form.tags')} hint={t('form.tagsHint')} autoComplete="off" error={error(formState.errors.tags?.message)} {...register('tags')} />
          <TextField multiline label={t('form.notes')} rows={4} dir="auto" error={error(formState.errors.notes?.message)} {...register('notes')} />
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
