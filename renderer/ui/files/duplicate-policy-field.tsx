/** What to do with a record that matches a contact already there: create, skip or merge. */
import { useTranslation } from 'react-i18next';
import type { DuplicatePolicy } from '../../../shared/domain/imports';

const POLICIES: readonly DuplicatePolicy[] = ['merge', 'skip', 'create'];

export function DuplicatePolicyField({ value, onChange }: { value: DuplicatePolicy; onChange: (policy: DuplicatePolicy) => void }) {
  const { t } = useTranslation('files');
  return (
    <fieldset className="files-fieldset">
      <legend>{t('policy.legend')}</legend>
      {POLICIES.map((policy) => (
        <label key={policy} className="files-choice">
          <input type="radio" name="duplicate-policy" value={policy} checked={value === policy} onChange={() => onChange(policy)} />
          <span>
            <strong>{t(`policy.${policy}`)}</strong>
            <span className="files-muted"> — {t(`policy.${policy}Hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
