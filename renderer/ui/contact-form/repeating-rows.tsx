/**
 * A fieldset of repeatable rows (emails, phones, addresses, …) with "Add" and per-row
 * "Remove". Each caller renders the inputs of one row.
 */
import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, type FieldArrayPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PlusIcon } from '../common/icons';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { blankRows } from './contact-form-values';

type RowList = keyof typeof blankRows & FieldArrayPath<ContactFormValues>;

interface RepeatingRowsProps {
  name: RowList;
  legend: string;
  addLabel: string;
  removeLabel(number: number): string;
  renderRow(index: number, number: number): ReactNode;
  /** Grid columns of a row's inputs (CSS), before the remove button. */
  layout?: 'label-value' | 'stacked';
}

export function RepeatingRows({ name, legend, addLabel, removeLabel, renderRow, layout = 'label-value' }: RepeatingRowsProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <fieldset className="form-rows">
      <legend className="form-field__label">{legend}</legend>
      {fields.map((field, index) => (
        <div key={field.id} className={`form-row form-row--${layout}`}>
          <div className="form-row__inputs">{renderRow(index, index + 1)}</div>
          <button type="button" className="button button--quiet form-row__remove" aria-label={removeLabel(index + 1)} title={t('form.remove')} onClick={() => remove(index)}>
            <CloseIcon />
          </button>
        </div>
      ))}
      <button type="button" className="button button--quiet form-rows__add" onClick={() => append(blankRows[name]() as never)}>
        <PlusIcon />
        {addLabel}
      </button>
    </fieldset>
  );
}

/** An input inside a row: labelled for screen readers, its error tied to it. */
export function RowInput({ label, error, id, className, ...rest }: { label: string; error?: string | undefined; id: string } & React.ComponentPropsWithoutRef<'input'>) {
  const errorId = `${id}-error`;
  return (
    <span className={`row-input${className ? ` ${className}` : ''}`}>
      <input id={id} className="text-input" aria-label={label} placeholder={rest.placeholder ?? label} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...rest} />
      {error ? (
        <span id={errorId} className="form-field__error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
