/**
 * The CSV column mapping: one row per column with its header, a few sample values, the
 * target select and, where the target has them, its settings (which numbered entry it
 * belongs to, a default label, the field name of a custom field, the date order).
 */
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ColumnTarget, ColumnTargetName } from '../../../shared/domain/column-mapping';
import type { FileInspection } from '../../../shared/domain/imports';
import { TARGET_CATEGORIES, TARGET_OPTIONS, hasGroup, makeTarget, takesLabel, targetKey, withSetting } from './column-targets';

type CsvColumn = NonNullable<FileInspection['csv']>['columns'][number];

interface MappingTableProps {
  columns: CsvColumn[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

function TargetSettings({ target, columnName, onChange }: { target: ColumnTarget; columnName: string; onChange: (target: ColumnTarget) => void }) {
  const { t } = useTranslation('files');
  return (
    <div className="mapping__settings">
      {hasGroup(target) ? (
        <label className="mapping__setting">
          <span>{t('mapping.group')}</span>
          <input
            className="text-input mapping__group"
            type="number"
            min={1}
            max={10_000}
            value={target.group}
            aria-label={t('mapping.groupOf', { column: columnName })}
            onChange={(event) => onChange(withSetting(target, 'group', Number(event.target.value)))}
          />
        </label>
      ) : null}
      {takesLabel(target.target) ? (
        <label className="mapping__setting">
          <span>{t('mapping.label')}</span>
          <input
            className="text-input"
            value={'label' in target ? (target.label ?? '') : ''}
            placeholder={t('mapping.labelPlaceholder')}
            aria-label={t('mapping.labelOf', { column: columnName })}
            onChange={(event) => onChange(withSetting(target, 'label', event.target.value))}
          />
        </label>
      ) : null}
      {target.target === 'customFields' ? (
        <label className="mapping__setting">
          <span>{t('mapping.fieldName')}</span>
          <input
            className="text-input"
            value={target.label}
            aria-label={t('mapping.fieldNameOf', { column: columnName })}
            onChange={(event) => onChange(withSetting(target, 'label', event.target.value))}
          />
        </label>
      ) : null}
      {'dateOrder' in target ? (
        <label className="mapping__setting">
          <span>{t('mapping.dateOrder')}</span>
          <select className="text-input" value={target.dateOrder} onChange={(event) => onChange(withSetting(target, 'dateOrder', event.target.value))}>
            <option value="mdy">{t('mapping.mdy')}</option>
            <option value="dmy">{t('mapping.dmy')}</option>
          </select>
        </label>
      ) : null}
      {target.target === 'tags' ? (
        <label className="mapping__setting">
          <span>{t('mapping.separator')}</span>
          <input className="text-input mapping__group" value={target.separator} onChange={(event) => onChange(withSetting(target, 'separator', event.target.value))} />
        </label>
      ) : null}
    </div>
  );
}

export function MappingTable({ columns, mapping, onChange }: MappingTableProps) {
  const { t } = useTranslation('files');

  function setTarget(index: number, target: ColumnTarget): void {
    const next = [...mapping.columns];
    // Columns beyond the list are custom fields by default; fill the gap so index i is column i.
    while (next.length <= index) next.push(makeTarget('customFields', columns[next.length]?.header ?? `Column ${next.length + 1}`, { target: 'ignore' }));
    next[index] = target;
    onChange({ ...mapping, columns: next });
  }

  return (
    <table className="data-table mapping">
      <caption className="visually-hidden">{t('mapping.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mapping.column')}</th>
          <th scope="col">{t('mapping.samples')}</th>
          <th scope="col">{t('mapping.target')}</th>
          <th scope="col">{t('mapping.details')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => {
          const columnName = column.header || t('mapping.unnamed', { number: column.index + 1 });
          const target: ColumnTarget = mapping.columns[column.index] ?? makeTarget('customFields', columnName, { target: 'ignore' });
          return (
            <tr key={column.index} className={target.target === 'ignore' ? 'mapping__row--ignored' : undefined}>
              <th scope="row" className="mapping__header">
                {columnName}
              </th>
              <td className="mapping__samples">
                {column.samples.filter((sample) => sample !== '').slice(0, 3).map((sample, index) => (
                  <span key={index} className="mapping__sample" dir="auto">
                    {sample}
                  </span>
                ))}
              </td>
              <td>
                <select
                  className="text-input"
                  aria-label={t('mapping.targetOf', { column: columnName })}
                  value={target.target}
                  onChange={(event) => setTarget(column.index, makeTarget(event.target.value as ColumnTargetName, columnName, target))}
                >
                  <option value="ignore">{t('mapping.ignore')}</option>
                  {TARGET_CATEGORIES.map((category) => (
                    <optgroup key={category} label={t(`mapping.category.${category}`)}>
                      {TARGET_OPTIONS.filter((item) => item.category === category).map((item) => (
                        <option key={item.name} value={item.name}>
                          {t(`mapping.targets.${targetKey(item.name)}` as 'mapping.targets.given')}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </td>
              <td>
                <TargetSettings target={target} columnName={columnName} onChange={(next) => setTarget(column.index, next)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
