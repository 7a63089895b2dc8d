/**
 * The import wizard: choose or drop a file → see what it is (format, dialect; for CSV the
 * column mapping with a live preview and saved mappings) → choose the duplicate policy →
 * import with progress and Cancel → the report with "Undo this import".
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from '../../state/files-import-store';
import { DuplicatePolicyField } from './duplicate-policy-field';
import { FileChooser } from './file-chooser';
import { ImportCountsList } from './import-counts';
import { ImportReport } from './import-report';
import { MappingTable } from './mapping-table';
import { ModalDialog } from '../dialogs/modal-dialog';
import { PreviewTable } from './preview-table';
import { ProgressBar } from './progress-bar';
import { SavedMappings } from './saved-mappings';
import { ErrorAlert } from './error-alert';

function ConfigureStep() {
  const { t } = useTranslation('files');
  const { inspection, mapping, previewing, onDuplicate, setMapping, setOnDuplicate } = useImportStore();
  if (!inspection) return null;
  const csv = inspection.csv;
  return (
    <div className="import-configure">
      <p className="import-configure__detected" data-testid="detected-format">
        {csv
          ? t('detected.csv', {
              dialect: t(`dialects.${csv.layout.dialect}`),
              encoding: csv.layout.encoding,
              delimiter: csv.layout.delimiter === '\t' ? 'Tab' : csv.layout.delimiter,
            })
          : t(`detected.${inspection.format}`)}
      </p>
      {csv && mapping ? (
        <>
          <h3 className="files-heading">{t('mapping.title')}</h3>
          <p className="files-muted">{t('mapping.hint')}</p>
          <SavedMappings mapping={mapping} onApply={setMapping} />
          <div className="files-scroll">
            <MappingTable columns={csv.columns} mapping={mapping} onChange={setMapping} />
          </div>
        </>
      ) : null}
      <h3 className="files-heading">{t('preview.title')}</h3>
      <div className="files-scroll" aria-live="polite">
        <PreviewTable records={inspection.preview} busy={previewing} />
      </div>
      <DuplicatePolicyField value={onDuplicate} onChange={setOnDuplicate} />
    </div>
  );
}

function RunningStep() {
  const { t } = useTranslation('files');
  const { progress, fileName, cancelling } = useImportStore();
  return (
    <div className="import-running">
      <p>{cancelling ? t('run.cancelling', { name: fileName }) : t('run.importing', { name: fileName })}</p>
      <ProgressBar label={t('run.progress')} value={progress.done} max={progress.total} />
      <ImportCountsList counts={progress.counts} />
    </div>
  );
}

export function ImportWizard({ file: initialFile, onClose }: { file?: File; onClose(): void }) {
  const { t } = useTranslation('files');
  const store = useImportStore();
  const { step, fileName, uploaded, error, summary } = store;

  useEffect(() => {
    if (initialFile) void useImportStore.getState().start(initialFile, initialFile.name);
    // A wizard closed half-way leaves no staged file behind.
    return () => useImportStore.getState().reset();
  }, [initialFile]);

  const footer = (() => {
    switch (step) {
      case 'configure':
        return (
          <>
            <button type="button" className="button files-footer-start" onClick={() => store.reset()}>
              {t('wizard.otherFile')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void store.run()}>
              {t('wizard.import')}
            </button>
          </>
        );
      case 'running':
        return (
          <button type="button" className="button" onClick={() => void store.cancel()} disabled={store.cancelling}>
            {t('common.cancel')}
          </button>
        );
      case 'report':
        return (
          <>
            <button type="button" className="button files-footer-start" onClick={() => store.reset()}>
              {t('wizard.another')}
            </button>
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('common.done')}
            </button>
          </>
        );
      default:
        return (
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        );
    }
  })();

  return (
    <ModalDialog
      title={fileName ? t('wizard.titleWithFile', { name: fileName }) : t('wizard.title')}
      // A running import is stopped with Cancel, which undoes what it added; closing would hide that.
      onClose={step === 'running' ? () => {} : onClose}
      size="large"
      className="import-wizard"
      initialFocusSelector="[data-autofocus]"
      footer={footer}
    >
      <ErrorAlert error={error} />
      {step === 'choose' ? <FileChooser onFile={(file) => void store.start(file, file.name)} /> : null}
      {step === 'uploading' ? (
        <div className="import-running">
          <p>{t('wizard.uploading', { name: fileName })}</p>
          <ProgressBar label={t('wizard.uploadProgress')} value={uploaded.sent} max={uploaded.total} />
        </div>
      ) : null}
      {step === 'inspecting' ? <p>{t('wizard.inspecting', { name: fileName })}</p> : null}
      {step === 'configure' ? <ConfigureStep /> : null}
      {step === 'running' ? <RunningStep /> : null}
      {step === 'report' && summary ? <ImportReport summary={summary} onUndo={() => void store.undo()} /> : null}
    </ModalDialog>
  );
}
