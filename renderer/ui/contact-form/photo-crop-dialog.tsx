/** Zoom and move a square over the picked image; the preview is what will be saved. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../dialogs/modal-dialog';
import { cropToJpegBase64, drawCrop, type CropFrame } from './crop-photo';

const PREVIEW_SIZE = 240;

export function PhotoCropDialog({ image, onDone, onClose }: { image: HTMLImageElement; onDone(base64: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [frame, setFrame] = useState<CropFrame>({ zoom: 1, offsetX: 0, offsetY: 0 });

  useEffect(() => {
    if (canvas.current) drawCrop(canvas.current, image, frame, PREVIEW_SIZE);
  }, [image, frame]);

  const slider = (key: keyof CropFrame, label: string, min: number, max: number) => (
    <label className="crop__slider">
      <span>{label}</span>
      <input type="range" min={min} max={max} step={0.01} value={frame[key]} onChange={(event) => setFrame({ ...frame, [key]: Number(event.target.value) })} />
    </label>
  );

  return (
    <ModalDialog
      title={t('photo.cropTitle')}
      onClose={onClose}
      size="small"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => onDone(cropToJpegBase64(image, frame))}>
            {t('photo.use')}
          </button>
        </>
      }
    >
      <canvas ref={canvas} className="crop__preview" role="img" aria-label={t('photo.preview')} width={PREVIEW_SIZE} height={PREVIEW_SIZE} />
      {slider('zoom', t('photo.zoom'), 1, 4)}
      {slider('offsetX', t('photo.horizontal'), -1, 1)}
      {slider('offsetY', t('photo.vertical'), -1, 1)}
    </ModalDialog>
  );
}
