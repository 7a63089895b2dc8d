/**
 * Export: choose the format (and, for Outlook CSV, Windows-1252 for old Outlook), what to
 * export (everything, the selection, a tag, a saved search) and the file name; the file is
 * written to the staging folder, read back and handed to the browser as a download.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportResult, ExportScope } from '../../../shared/domain/exports';
import type { SavedSearch, Tag } from '../../../shared/domain/records';
import { api } from '../../api/client';
import { downloadStagedFile } from '../../state/files-transfer';
import { EXPORT_FORMATS, formatBytes, withExtension } from './export-formats';
import { ModalDialog } from '../dialogs/modal-dialog';
import { ErrorAlert } from './error-alert';

type ScopeKind = ExportScope['kind'];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `scope` is where the person stands (the selection, the filtered list, a tag…): the first choice offered. */
export function ExportDialog({ scope: initialScope, onClose }: { scope: ExportScope; onClose(): void }) {
  const { t, i18n } = useTranslation('files');
  const selectionIds = initialScope.kind === 'ids' ? initialScope.ids : [];
  const query = initialScope.kind === 'query' ? initialScope.query : '';
  const [format, setFormat] = useState<ExportFormat>('vcard3');
  const [oldOutlook, setOldOutlook] = useState(false);
  const [scopeKind, setScopeKind] = useState<ScopeKind>(initialScope.kind);
  const [tags, setTags] = useState<Tag[]>([]);
  const [searches, setSearches] = useState<SavedSearch[]>([]);
  const [tagId, setTagId] = useState(initialScope.kind === 'tag' ? initialScope.tagId : '');
  const [savedSearchId, setSavedSearchId] = useState(initialScope.kind === 'savedSearch' ? initialScope.savedSearchId : '');
  const [fileName, setFileName] = useState(`rapport-${today()}.vcf`);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([api.call('tags.list', {}), api.call('savedSearches.list', {})])
      .then(([tagList, searchList]) => {
        if (!live) return;
        setTags(tagList);
        setSearches(searchList);
        setTagId((current) => current || (tagList[0]?.id ?? ''));
        setSavedSearchId((current) => current || (searchList[0]?.id ?? ''));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);

  function scope(): ExportScope | null {
    switch (scopeKind) {
      case 'all':
        return { kind: 'all' };
      case 'ids':
        return selectionIds.length > 0 ? { kind: 'ids', ids: selectionIds } : null;
      case 'tag':
        return tagId ? { kind: 'tag', tagId } : null;
      case 'savedSearch':
        return savedSearchId ? { kind: 'savedSearch', savedSearchId } : null;
      case 'query':
        return query ? { kind: 'query', query } : null;
    }
  }

  async function run(): Promise<void> {
    const chosen = scope();
    if (!chosen) return;
    const name = fileName.trim() || withExtension('contacts', format);
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const exported = await api.call('exports.run', {
        format,
        scope: chosen,
        fileName: name,
        encoding: format === 'csv-outlook' && oldOutlook ? 'windows-1252' : 'utf-8',
      });
      await downloadStagedFile(exported.path, name);
      setResult(exported);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const scopeChoice = (kind: ScopeKind, label: string, disabled = false) => (
    <label className="files-choice">
      <input type="radio" name="export-scope" value={kind} checked={scopeKind === kind} disabled={disabled} onChange={() => setScopeKind(kind)} />
      <span>{label}</span>
    </label>
  );

  return (
    <ModalDialog
      title={t('export.title')}
      onClose={busy ? () => {} : onClose}
      initialFocusSelector="[data-autofocus]"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {result ? t('common.done') : t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void run()} disabled={busy || scope() === null}>
            {busy ? t('export.exporting') : t('export.run')}
          </button>
        </>
      }
    >
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label className="files-field">
          <span>{t('export.format')}</span>
          <select
            className="text-input"
            value={format}
            data-autofocus
            onChange={(event) => {
              const next = event.target.value as ExportFormat;
              setFormat(next);
              setFileName((current) => withExtension(current, next));
            }}
          >
            {EXPORT_FORMATS.map((item) => (
              <option key={item.format} value={item.format}>
                {t(`export.formats.${item.format}`)}
              </option>
            ))}
          </select>
        </label>
        {format === 'csv-outlook' ? (
          <label className="files-choice">
            <input type="checkbox" checked={oldOutlook} onChange={(event) => setOldOutlook(event.target.checked)} />
            <span>{t('export.oldOutlook')}</span>
          </label>
        ) : null}
        <fieldset className="files-fieldset">
          <legend>{t('export.scope')}</legend>
          {scopeChoice('all', t('export.scopeAll'))}
          {selectionIds.length > 0 ? scopeChoice('ids', t('export.scopeSelection', { count: selectionIds.length })) : null}
          {query ? scopeChoice('query', t('export.scopeQuery', { query })) : null}
          <div className="files-row">
            {scopeChoice('tag', t('export.scopeTag'), tags.length === 0)}
            <select className="text-input files-inline-select" aria-label={t('export.tag')} value={tagId} disabled={tags.length === 0} onChange={(event) => {
              setTagId(event.target.value);
              setScopeKind('tag');
            }}>
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name} ({tag.contactCount})
                </option>
              ))}
            </select>
          </div>
          <div className="files-row">
            {scopeChoice('savedSearch', t('export.scopeSavedSearch'), searches.length === 0)}
            <select className="text-input files-inline-select" aria-label={t('export.savedSearch')} value={savedSearchId} disabled={searches.length === 0} onChange={(event) => {
              setSavedSearchId(event.target.value);
              setScopeKind('savedSearch');
            }}>
              {searches.map((search) => (
                <option key={search.id} value={search.id}>
                  {search.name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <label className="files-field">
          <span>{t('export.fileName')}</span>
          <input className="text-input" value={fileName} maxLength={255} onChange={(event) => setFileName(event.target.value)} />
        </label>
        <p className="files-muted">{t('export.destination')}</p>
      </form>
      <div role="status" className="export-result">
        {result ? (
          <p>
            {t('export.done', { count: result.count, size: formatBytes(result.bytes, i18n.language) })}
            {result.unmappable > 0 ? ` ${t('export.unmappable', { count: result.unmappable })}` : ''}
          </p>
        ) : null}
      </div>
      <ErrorAlert error={error} />
    </ModalDialog>
  );
}
