/** Past imports, newest first, with their counts and status; open one for its report, or undo it. */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/domain/imports';
import { api } from '../../api/client';
import { errorText } from './error-text';
import { openAppDialog } from '../app-dialogs';
import { ImportReport, ImportStatusText, canUndoImport } from './import-report';
import { ScreenFrame } from './screen-frame';
import './files.css';

function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function ImportsView() {
  const { t, i18n } = useTranslation('files');
  const [imports, setImports] = useState<ImportSummary[] | null>(null);
  const [opened, setOpened] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    try {
      setImports(await api.call('imports.list', {}));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }, [t]);

  useEffect(() => {
    // The first load is a microtask later, like every later one (setState only after an answer).
    queueMicrotask(() => void load());
    return api.subscribe((event) => {
      if (event.type === 'dataChanged' && event.entities.includes('imports')) void load();
    });
  }, [load]);

  async function open(summary: ImportSummary): Promise<void> {
    if (!summary.importId) return;
    try {
      setOpened(await api.call('imports.get', { id: summary.importId }));
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }

  async function undo(summary: ImportSummary): Promise<void> {
    if (!summary.importId) return;
    try {
      const undone = await api.call('imports.undo', { id: summary.importId });
      setMessage(t('imports.undone', { name: undone.fileName }));
      if (opened?.importId === undone.importId) setOpened(undone);
      await load();
    } catch (error) {
      setMessage(errorText(t, error));
    }
  }

  const frame = (content: ReactNode) => (
    <ScreenFrame
      title={t('imports.title')}
      actions={
        <button type="button" className="button button--primary" onClick={() => openAppDialog('import', {})}>
          {t('imports.importFile')}
        </button>
      }
    >
      {content}
    </ScreenFrame>
  );

  if (opened) {
    return frame(
      <div className="imports-view">
        <button type="button" className="button button--quiet" onClick={() => setOpened(null)}>
          {t('imports.back')}
        </button>
        <ImportReport summary={opened} onUndo={() => void undo(opened)} />
        <p className="files-muted" role="status">
          {message}
        </p>
      </div>,
    );
  }

  return frame(
    <div className="imports-view">
      <p className="files-muted" role="status">
        {message}
      </p>
      {imports === null ? <p>{t('common.loading')}</p> : null}
      {imports?.length === 0 ? <p className="files-muted">{t('imports.empty')}</p> : null}
      {imports && imports.length > 0 ? (
        <table className="data-table imports-table">
          <caption className="visually-hidden">{t('imports.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.file')}</th>
              <th scope="col">{t('imports.when')}</th>
              <th scope="col">{t('imports.status')}</th>
              <th scope="col">{t('counts.read')}</th>
              <th scope="col">{t('counts.created')}</th>
              <th scope="col">{t('counts.merged')}</th>
              <th scope="col">{t('counts.skipped')}</th>
              <th scope="col">{t('counts.failed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('imports.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.map((summary) => (
              <tr key={summary.importId ?? summary.startedAt}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => void open(summary)} aria-label={t('imports.open', { name: summary.fileName })}>
                    {summary.fileName}
                  </button>
                </th>
                <td>{formatWhen(summary.startedAt, i18n.language)}</td>
                <td>
                  <ImportStatusText summary={summary} />
                </td>
                <td>{summary.counts.read}</td>
                <td>{summary.counts.created}</td>
                <td>{summary.counts.merged}</td>
                <td>{summary.counts.skipped}</td>
                <td>{summary.counts.failed}</td>
                <td>
                  {canUndoImport(summary) ? (
                    <button type="button" className="button" onClick={() => void undo(summary)} aria-label={t('imports.undoNamed', { name: summary.fileName })}>
                      {t('imports.undo')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>,
  );
}
