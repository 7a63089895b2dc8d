/** The repeatable parts of a contact: emails, phones, addresses, URLs, IMs, custom fields. */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../state/settings-store';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { fieldErrorText } from './field-error-text';
import { checkPhone } from './phone-check';
import { RepeatingRows, RowInput } from './repeating-rows';

function useForm() {
  return useFormContext<ContactFormValues, unknown, ContactFormOutput>();
}

export function EmailRows() {
  const { t } = useTranslation();
  const { register, formState } = useForm();
  return (
    <RepeatingRows
      name="emails"
      legend={t('form.emails')}
      addLabel={t('form.addEmail')}
      removeLabel={(number) => t('form.removeEmail', { number })}
      renderRow={(index, number) => (
        <>
          <RowInput id={`email-${index}-label`} className="row-input--label" label={t('form.emailLabel', { number })} placeholder={t('form.labelPlaceholder')} {...register(`emails.${index}.label`)} />
          <RowInput
            id={`email-${index}-address`}
            label={t('form.emailAddress', { number })}
            type="email"
            dir="ltr"
            error={fieldErrorText(t, formState.errors.emails?.[index]?.address?.message)}
            {...register(`emails.${index}.address`)}
          />
        </>
      )}
    />
  );
}

/** Shows how the number reads once parsed ("+40 721 000 111"), so a typo is visible before saving. */
function PhoneHint({ index }: { index: number }) {
  const { t } = useTranslation();
  const number = useWatch<ContactFormValues, `phones.${number}.number`>({ name: `phones.${index}.number` });
  const defaultCountry = useSettingsStore((state) => state.settings?.defaultCountry ?? null);
  const check = checkPhone(number ?? '', defaultCountry);
  if (check.kind === 'ok') {
    return (
      <span className="form-row__hint">
        <bdi dir="ltr">{check.formatted}</bdi>
        {check.country ? ` · ${check.country}` : ''}
      </span>
    );
  }
  if (check.kind === 'unknownCountry') return <span className="form-row__hint">{t('form.phoneNoCountry')}</span>;
  return null;
}

export function PhoneRows() {
  const { t } = useTranslation();
  const { register, formState } = useForm();
  return (
    <RepeatingRows
      name="phones"
      legend={t('form.phones')}
      addLabel={t('form.addPhone')}
      removeLabel={(number) => t('form.removePhone', { number })}
      renderRow={(index, number) => {
        const error = fieldErrorText(t, formState.errors.phones?.[index]?.number?.message);
        return (
          <>
            <RowInput id={`phone-${index}-label`} className="row-input--label" label={t('form.phoneLabel', { number })} placeholder={t('form.labelPlaceholder')} {...register(`phones.${index}.label`)} />
            <span className="row-input">
              <RowInput id={`phone-${index}-number`} label={t('form.phoneNumber', { number })} type="tel" dir="ltr" error={error} {...register(`phones.${index}.number`)} />
              {error ? null : <PhoneHint index={index} />}
            </span>
          </>
        );
      }}
    />
  );
}

export function AddressRows() {
  const { t } = useTranslation();
  const { register } = useForm();
  const parts = ['street', 'extended', 'city', 'region', 'postalCode', 'country', 'poBox'] as const;
  return (
    <RepeatingRows
      name="addresses"
      layout="stacked"
      legend={t('form.addresses')}
      addLabel={t('form.addAddress')}
      removeLabel={(number) => t('form.removeAddress', { number })}
      renderRow={(index, number) => (
        <>
          <RowInput id={`address-${index}-label`} className="row-input--label" label={t('form.addressLabel', { number })} placeholder={t('form.labelPlaceholder')} {...register(`addresses.${index}.label`)} />
          {parts.map((part) => (
            <RowInput key={part} id={`address-${index}-${part}`} className={`row-input--${part}`} label={t(`form.address.${part}`)} dir="auto" {...register(`addresses.${index}.${part}`)} />
          ))}
        </>
      )}
    />
  );
}

export function UrlRows() {
  const { t } = useTranslation();
  const { register, formState } = useForm();
  return (
    <RepeatingRows
      name="urls"
      legend={t('form.urls')}
      addLabel={t('form.addUrl')}
      removeLabel={(number) => t('form.removeUrl', { number })}
      renderRow={(index, number) => (
        <>
          <RowInput id={`url-${index}-label`} className="row-input--label" label={t('form.urlLabel', { number })} placeholder={t('form.labelPlaceholder')} {...register(`urls.${index}.label`)} />
          <RowInput id={`url-${index}-url`} label={t('form.url', { number })} type="url" dir="ltr" error={fieldErrorText(t, formState.errors.urls?.[index]?.url?.message)} {...register(`urls.${index}.url`)} />
        </>
      )}
    />
  );
}

export function ImRows() {
  const { t } = useTranslation();
  const { register } = useForm();
  return (
    <RepeatingRows
      name="ims"
      legend={t('form.ims')}
      addLabel={t('form.addIm')}
      removeLabel={(number) => t('form.removeIm', { number })}
      renderRow={(index, number) => (
        <>
          <RowInput id={`im-${index}-service`} className="row-input--label" label={t('form.imService', { number })} placeholder={t('form.imServicePlaceholder')} {...register(`ims.${index}.service`)} />
          <RowInput id={`im-${index}-handle`} label={t('form.imHandle', { number })} dir="ltr" {...register(`ims.${index}.handle`)} />
        </>
      )}
    />
  );
}

export function CustomFieldRows() {
  const { t } = useTranslation();
  const { register, formState } = useForm();
  return (
    <RepeatingRows
      name="customFields"
      legend={t('form.customFields')}
      addLabel={t('form.addCustomField')}
      removeLabel={(number) => t('form.removeCustomField', { number })}
      renderRow={(index, number) => (
        <>
          <RowInput
            id={`custom-${index}-label`}
            className="row-input--label"
            label={t('form.customFieldLabel', { number })}
            error={fieldErrorText(t, formState.errors.customFields?.[index]?.label?.message)}
            {...register(`customFields.${index}.label`)}
          />
          <RowInput id={`custom-${index}-value`} label={t('form.customFieldValue', { number })} dir="auto" {...register(`customFields.${index}.value`)} />
        </>
      )}
    />
  );
}
