import { useTranslation } from 'react-i18next';
import { useToastStore } from '../../state/toast-store';
import { CopyIcon } from '../common/icons';

/** Copies a value (an address, a number) and says so on a toast. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useTranslation();
  const show = useToastStore((state) => state.show);
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      show({ message: t('detail.copied', { what }) });
    } catch {
      show({ message: t('detail.copyFailed') });
    }
  }
  return (
    <button type="button" className="icon-button" aria-label={t('detail.copy', { what })} title={t('detail.copy', { what })} onClick={() => void copy()}>
      <CopyIcon />
    </button>
  );
}
