/** The first records of the file as they would be stored, or why one cannot be. */
import { useTranslation } from 'react-i18next';
import type { FileInspection } from '../../../shared/domain/imports';

type PreviewRecord = FileInspection['preview'][number];
type Draft = Extract<PreviewRecord, { kind: 'record' }>['draft'];

function nameOf(draft: Draft): string {
  return draft.displayName || [draft.prefix, draft.given, draft.middle, draft.family, draft.suffix].filter(Boolean).join(' ');
}

/** Everything else that was filled in, as "label: value" pairs. */
function otherFields(draft: Draft): string[] {
  const parts: string[] = [];
  if (draft.title) parts.push(draft.title);
  for (const field of draft.customFields) parts.push(`${field.label}: ${field.value}`);
  for (const address of draft.addresses) parts.push([address.street, address.city, address.postalCode, address.country].filter(Boolean).join(', '));
  for (const url of draft.urls) parts.push(url.url);
  if (draft.tags.length > 0) parts.push(`#${draft.tags.join(' #')}`);
  if (draft.birthday) parts.push(`🎂 ${draft.birthday.year ?? '--'}-${String(draft.birthday.month).padStart(2, '0')}-${String(draft.birthday.day).padStart(2, '0')}`);
  return parts.filter(Boolean);
}

export function PreviewTable({ records, busy }: { records: PreviewRecord[]; busy: boolean }) {
  const { t } = useTranslation('files');
  if (records.length === 0) return <p className="files-muted">{t('preview.empty')}</p>;
  return (
    <table className="data-table preview" aria-busy={busy}>
      <caption className="visually-hidden">{t('preview.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('preview.line')}</th>
          <th scope="col">{t('preview.name')}</th>
          <th scope="col">{t('preview.organization')}</th>
          <th scope="col">{t('preview.emails')}</th>
          <th scope="col">{t('preview.phones')}</th>
          <th scope="col">{t('preview.notes')}</th>
          <th scope="col">{t('preview.other')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) =>
          record.kind === 'failed' ? (
            <tr key={record.index} className="preview__failed">
              <td>{record.line}</td>
              <td colSpan={6}>{t('preview.failed', { reason: record.issue.reason })}</td>
            </tr>
          ) : (
            <tr key={record.index}>
              <td>{record.line}</td>
              <td dir="auto">{nameOf(record.draft)}</td>
              <td dir="auto">{record.draft.organizationName}</td>
              <td>{record.draft.emails.map((email) => email.address).join(', ')}</td>
              <td>{record.draft.phones.map((phone) => phone.number).join(', ')}</td>
              <td dir="auto" className="preview__notes">
                {record.draft.notes}
              </td>
              <td dir="auto">{otherFields(record.draft).join(' · ')}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
