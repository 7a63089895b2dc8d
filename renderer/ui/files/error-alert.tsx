import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/**
 * A failed call's message, announced to screen readers: the translated code and the main
 * process's own words naming the file, line or field. Nothing when there is no error.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('files');
  if (!error) return null;
  return (
    <p className="files-error" role="alert">
      {errorText(t, error)}
    </p>
  );
}
