/** Candidate duplicate groups with their reasons and scores; open one to merge it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup, MatchReason } from '../../../shared/domain/duplicates';
import { useDuplicatesStore } from '../../state/duplicates-store';
import { ScreenFrame } from '../files/screen-frame';
import { MergeScreen } from './merge-screen';
import '../files/files.css';
import './duplicates.css';
import { ErrorAlert } from '../files/error-alert';

function uniqueReasons(group: DuplicateGroup): MatchReason[] {
  const seen = new Map<string, MatchReason>();
  for (const pair of group.pairs) for (const reason of pair.reasons) seen.set(`${reason.kind}:${reason.detail}`, reason);
  return [...seen.values()];
}

export function DuplicatesView() {
  const { t, i18n } = useTranslation('files');
  const { scan, loading, error, load } = useDuplicatesStore();
  const [opened, setOpened] = useState<string[] | null>(null);

  useEffect(() => {
    void useDuplicatesStore.getState().load();
  }, []);

  if (opened) {
    return (
      <ScreenFrame title={t('merge.title')}>
        <MergeScreen ids={opened} onDone={() => setOpened(null)} />
      </ScreenFrame>
    );
  }

  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <ScreenFrame title={t('duplicates.title')}>
    <div className="duplicates">
      <div className="files-row">
        <p className="files-muted" role="status">
          {loading && !scan ? t('common.loading') : scan ? t('duplicates.found', { count: scan.totalGroups, scanned: scan.scannedContacts }) : ''}
        </p>
        <button type="button" className="button files-row__end" onClick={() => void load()} disabled={loading}>
          {t('duplicates.rescan')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {scan?.groups.length === 0 ? <p className="files-muted">{t('duplicates.none')}</p> : null}
      <ul className="duplicates__groups" aria-label={t('duplicates.groups')}>
        {scan?.groups.map((group) => {
          const names = group.contacts.map((contact) => contact.displayName).join(' · ');
          return (
            <li key={group.contacts.map((contact) => contact.id).join()} className="duplicates__group">
              <div className="duplicates__names" dir="auto">
                {names}
              </div>
              <div className="duplicates__score">{t('duplicates.score', { score: percent.format(group.score) })}</div>
              <ul className="duplicates__reasons">
                {uniqueReasons(group).map((reason) => (
                  <li key={`${reason.kind}:${reason.detail}`}>
                    {t(`duplicates.reasons.${reason.kind}`)}: <span dir="auto">{reason.detail}</span>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="button"
                onClick={() => setOpened(group.contacts.map((contact) => contact.id))}
                aria-label={t('duplicates.reviewNamed', { names })}
              >
                {t('duplicates.review')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
    </ScreenFrame>
  );
}
