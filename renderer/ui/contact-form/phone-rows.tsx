import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../common/icons';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { blankPhoneRow } from './contact-form-values';
import { fieldErrorText } from './field-error-text';

export function PhoneRows() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'phones' });
  return (
    <fieldset className="form-rows">
      <legend className="form-field__label">{t('form.phones')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        const error = fieldErrorText(t, formState.errors.phones?.[index]?.number?.message);
        const errorId = `phone-${field.id}-error`;
        return (
          <div key={field.id} className="form-row">
            <div className="form-row__inputs">
              <input
                className="text-input form-row__label"
                aria-label={t('form.phoneLabel', { number })}
                placeholder={t('form.labelPlaceholder')}
                {...register(`phones.${index}.label`)}
              />
              <input
                className="text-input"
                type="tel"
                dir="ltr"
                aria-label={t('form.phoneNumber', { number })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                {...register(`phones.${index}.number`)}
              />
              <button type="button" className="button button--quiet form-row__remove" aria-label={t('form.removePhone', { number })} title={t('form.remove')} onClick={() => remove(index)}>
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
      <button type="button" className="button button--quiet form-rows__add" onClick={() => append(blankPhoneRow())}>
        <PlusIcon />
        {t('form.addPhone')}
      </button>
    </fieldset>
  );
}
