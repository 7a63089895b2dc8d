/**
 * Related people: type a name, or pick an existing contact from the suggestions (search as
 * you type). Picking one links the row to that contact (contactId); editing the name
 * afterwards unlinks it, so a link never points at someone the row no longer names.
 */
import { useEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContactSummary } from '../../../shared/domain/contact';
import { api } from '../../api/client';
import { LinkIcon } from '../common/icons';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { RepeatingRows, RowInput } from './repeating-rows';

const SUGGESTION_PAUSE_MS = 150;

function RelatedNameInput({ index, number }: { index: number; number: number }) {
  const { t } = useTranslation();
  const { register, setValue } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  const contactId = useWatch<ContactFormValues, `related.${number}.contactId`>({ name: `related.${index}.contactId` });
  const [suggestions, setSuggestions] = useState<ContactSummary[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const listId = `related-${index}-suggestions`;
  const field = register(`related.${index}.name`);

  useEffect(() => () => clearTimeout(timer.current), []);

  function onNameChange(name: string): void {
    const picked = suggestions.find((suggestion) => suggestion.displayName === name);
    setValue(`related.${index}.contactId`, picked ? picked.id : null, { shouldDirty: true });
    clearTimeout(timer.current);
    if (!name.trim() || picked) return;
    timer.current = setTimeout(() => {
      api
        .call('search.query', { text: name, limit: 8 })
        .then(setSuggestions)
        .catch(() => setSuggestions([]));
    }, SUGGESTION_PAUSE_MS);
  }

  return (
    <span className="row-input related-input">
      <RowInput
        id={`related-${index}-name`}
        label={t('form.relatedName', { number })}
        list={listId}
        dir="auto"
        {...field}
        onChange={(event) => {
          void field.onChange(event);
          onNameChange(event.target.value);
        }}
      />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.id} value={suggestion.displayName}>
            {suggestion.organizationName || suggestion.primaryEmail || ''}
          </option>
        ))}
      </datalist>
      {contactId ? (
        <span className="form-row__hint related-input__linked">
          <LinkIcon />
          {t('form.relatedLinked')}
        </span>
      ) : null}
    </span>
  );
}

export function RelatedRows() {
  const { t } = useTranslation();
  const { register } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  return (
    <RepeatingRows
      name="related"
      legend={t('form.related')}
      addLabel={t('form.addRelated')}
      removeLabel={(number) => t('form.removeRelated', { number })}
      renderRow={(index, number) => (
        <>
          <RowInput id={`related-${index}-label`} className="row-input--label" label={t('form.relatedLabel', { number })} placeholder={t('form.relatedLabelPlaceholder')} {...register(`related.${index}.label`)} />
          <RelatedNameInput index={index} number={number} />
        </>
      )}
    />
  );
}
