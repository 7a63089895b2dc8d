/** The five numbers of an import, as a definition list. */
import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '../../../shared/domain/imports';

const KEYS = ['read', 'created', 'merged', 'skipped', 'failed'] as const;

export function ImportCountsList({ counts }: { counts: Partial<ImportCounts> }) {
  const { t } = useTranslation('files');
  return (
    <dl className="import-counts">
      {KEYS.map((key) => (
        <div key={key} className={`import-counts__item import-counts__item--${key}`}>
          <dt>{t(`counts.${key}`)}</dt>
          <dd data-count={key}>{counts[key] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}
