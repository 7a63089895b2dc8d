/**
 * A file dragged anywhere over the window shows a full-window drop target; dropping it
 * opens the import wizard with that file. Drags of text or of elements inside the page
 * are left alone (they carry no "Files" type).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropOverlay({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation('files');
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the drag left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setVisible(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    // Hidden in the capture phase: a drop zone inside the page may stop the drop from bubbling.
    const onDropCapture = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = 0;
      setVisible(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDropCapture, true);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDropCapture, true);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);

  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__target">
        <p className="drop-overlay__title">{t('drop.title')}</p>
        <p>{t('drop.hint')}</p>
      </div>
    </div>
  );
}
