/** The contact's photo: pick a file, crop it square, or remove it. */
import { useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../common/avatar';
import type { ContactFormOutput, ContactFormValues } from './contact-form-schema';
import { loadImage } from './crop-photo';
import { PhotoCropDialog } from './photo-crop-dialog';

export function PhotoField({ name }: { name: string }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext<ContactFormValues, unknown, ContactFormOutput>();
  const photo = useWatch<ContactFormValues, 'photo'>({ name: 'photo' });
  const input = useRef<HTMLInputElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onFile(file: File | undefined): Promise<void> {
    setError(null);
    if (!file) return;
    try {
      setImage(await loadImage(file));
    } catch {
      setError(t('photo.notAnImage'));
    }
    if (input.current) input.current.value = '';
  }

  return (
    <div className="photo-field">
      {photo ? <img className="photo-field__image" src={`data:${photo.mediaType ?? 'image/jpeg'};base64,${photo.base64}`} alt={t('photo.current')} /> : <Avatar name={name || '?'} colorKey={name} size="large" />}
      <div className="photo-field__actions">
        <input ref={input} id="photo-file" className="visually-hidden" type="file" accept="image/*" tabIndex={-1} onChange={(event) => void onFile(event.target.files?.[0])} />
        <button type="button" className="button button--small" onClick={() => input.current?.click()}>
          {photo ? t('photo.change') : t('photo.choose')}
        </button>
        {photo ? (
          <button type="button" className="button button--small button--quiet" onClick={() => setValue('photo', null, { shouldDirty: true })}>
            {t('photo.remove')}
          </button>
        ) : null}
        {error ? <p className="form-field__error">{error}</p> : null}
      </div>
      {image ? (
        <PhotoCropDialog
          image={image}
          onClose={() => setImage(null)}
          onDone={(base64) => {
            setValue('photo', { mediaType: 'image/jpeg', base64 }, { shouldDirty: true });
            setImage(null);
          }}
        />
      ) : null}
    </div>
  );
}
