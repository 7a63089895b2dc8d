/** A date whose year may be left empty: day and month are required once anything is typed. */
import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { fieldErrorText } from './field-error-text';

export function DateFields({ name, legend }: { name: 'birthday' | 'anniversary'; legend: string }) {
  const { t, i18n } = useTranslation();
  const { register, formState } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
  }, [i18n.language]);
  const errors = formState.errors[name];
  const message = fieldErrorText(t, errors?.day?.message ?? errors?.month?.message ?? errors?.year?.message ?? errors?.message);
  const errorId = `${name}-error`;
  const describedBy = message ? errorId : `${name}-hint`;
  return (
    <fieldset className="form-rows date-fields">
      <legend className="form-field__label">{legend}</legend>
      <div className="date-fields__inputs">
        <input
          className="text-input date-fields__day"
          inputMode="numeric"
          aria-label={t('form.day', { field: legend })}
          placeholder={t('form.dayPlaceholder')}
          aria-invalid={errors?.day ? true : undefined}
          aria-describedby={describedBy}
          {...register(`${name}.day`)}
        />
        <select className="text-input date-fields__month" aria-label={t('form.month', { field: legend })} aria-invalid={errors?.month ? true : undefined} aria-describedby={describedBy} {...register(`${name}.month`)}>
          <option value="">{t('form.monthPlaceholder')}</option>
          {months.map((month, index) => (
            <option key={month} value={String(index + 1)}>
              {month}
            </option>
          ))}
        </select>
        <input
          className="text-input date-fields__year"
          inputMode="numeric"
          aria-label={t('form.year', { field: legend })}
          placeholder={t('form.yearPlaceholder')}
          aria-invalid={errors?.year ? true : undefined}
          aria-describedby={describedBy}
          {...register(`${name}.year`)}
        />
      </div>
      {message ? (
        <p id={errorId} className="form-field__error">
          {message}
        </p>
      ) : (
        <p id={`${name}-hint`} className="form-field__hint">
          {t('form.yearOptional')}
        </p>
      )}
    </fieldset>
  );
}
