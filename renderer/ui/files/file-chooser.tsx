/** The wizard's first step: a drop zone that is also a button to choose a file. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const IMPORT_ACCEPT = '.vcf,.vcard,.json,.jcard,.csv,.txt,text/vcard,text/csv,application/json';

export function FileChooser({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation('files');
  const inputId = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'file-drop file-drop--over' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        // The window-wide overlay must not take this drop as well.
        event.stopPropagation();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p className="file-drop__title">{t('choose.drop')}</p>
      <p className="files-muted">{t('choose.formats')}</p>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={IMPORT_ACCEPT}
        aria-label={t('choose.inputLabel')}
        data-autofocus
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      {/* After the input, so the input's keyboard focus can ring the label (see files.css). */}
      <label htmlFor={inputId} className="button button--primary">
        {t('choose.button')}
      </label>
    </div>
  );
}
