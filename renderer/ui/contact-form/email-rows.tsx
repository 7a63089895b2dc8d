import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../common/icons';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { blankEmailRow } from './contact-form-values';
import { fieldErrorText } from './field-error-text';

export function EmailRows() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'emails' });
  return (
    <fieldset className="form-rows">
      <legend className="form-field__label">{t('form.emails')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        const error = fieldErrorText(t, formState.errors.emails?.[index]?.address?.message);
        const errorId = `email-${field.id}-error`;
        return (
          <div key={field.id} className="form-row">
            <div className="form-row__inputs">
              <input
                className="text-input form-row__label"
                aria-label={t('form.emailLabel', { number })}
                placeholder={t('form.labelPlaceholder')}
                {...register(`emails.${index}.label`)}
              />
              <input
                className="text-input"
                type="email"
                dir="ltr"
                aria-label={t('form.emailAddress', { number })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                {...register(`emails.${index}.address`)}
              />
              <button type="button" className="button button--quiet form-row__remove" aria-label={t('form.removeEmail', { number })} title={t('form.remove')} onClick={() => remove(index)}>
                <CloseIcon />
              </button>
            </div>
            {error ? (
              <p id={errorId} className="form-field__error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="button" className="button button--quiet form-rows__add" onClick={() => append(blankEmailRow())}>
        <PlusIcon />
        {t('form.addEmail')}
      </button>
    </fieldset>
  );
}
