import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';

interface TextFieldProps extends ComponentPropsWithoutRef<'input'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  multiline?: false;
}

interface TextAreaFieldProps extends ComponentPropsWithoutRef<'textarea'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  multiline: true;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField(props: TextFieldProps | TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  let control: ReactNode;
  if (props.multiline) {
    const { label: _label, hint: _hint, error, multiline: _multiline, ...rest } = props;
    control = <textarea id={id} className="text-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />;
  } else {
    const { label: _label, hint: _hint, error, multiline: _multiline, ...rest } = props;
    control = <input id={id} className="text-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />;
  }
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {props.label}
      </label>
      {control}
      {props.hint ? (
        <p id={hintId} className="form-field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="form-field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
