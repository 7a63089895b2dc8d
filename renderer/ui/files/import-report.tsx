/** What an import did: its status and counts, every failed record and warning, and undo. */
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/domain/imports';
import { ImportCountsList } from './import-counts';

interface ImportReportProps {
  summary: ImportSummary;
  onUndo?: () => void;
  undoing?: boolean;
}

export function canUndoImport(summary: ImportSummary): boolean {
  return summary.importId !== null && summary.status === 'finished' && summary.undoneAt === null && summary.counts.created + summary.counts.merged > 0;
}

export function ImportStatusText({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation('files');
  return <>{summary.undoneAt ? t('status.undone') : t(`status.${summary.status}`)}</>;
}

export function ImportReport({ summary, onUndo, undoing = false }: ImportReportProps) {
  const { t } = useTranslation('files');
  return (
    <section className="import-report" aria-label={t('report.label')}>
      <p className="import-report__status">
        <strong>{summary.fileName}</strong> · <ImportStatusText summary={summary} />
      </p>
      <ImportCountsList counts={summary.counts} />
      {onUndo && canUndoImport(summary) ? (
        <button type="button" className="button" onClick={onUndo} disabled={undoing}>
          {t('report.undo')}
        </button>
      ) : null}
      {summary.report.length === 0 ? (
        <p className="files-muted">{t('report.noIssues')}</p>
      ) : (
        <table className="data-table issues">
          <caption className="issues__caption">{t('report.issues', { count: summary.report.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.severity')}</th>
              <th scope="col">{t('report.file')}</th>
              <th scope="col">{t('report.line')}</th>
              <th scope="col">{t('report.field')}</th>
              <th scope="col">{t('report.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.report.map((issue, index) => (
              <tr key={index} className={`issues__row--${issue.severity}`}>
                <td>{t(`report.${issue.severity}`)}</td>
                <td>{issue.file ?? summary.fileName}</td>
                <td>{issue.line}</td>
                <td>{issue.field ?? ''}</td>
                <td dir="auto">{issue.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.reportTruncated ? <p className="files-muted">{t('report.truncated')}</p> : null}
    </section>
  );
}
