/** The `?` sheet: every keyboard shortcut, as a table a screen reader can walk. */
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../dialogs/modal-dialog';
import { modKeyName } from './platform-keys';

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mod = modKeyName();
  const rows: [string, string][] = [
    ['N', t('shortcuts.new')],
    ['E', t('shortcuts.edit')],
    ['Delete', t('shortcuts.delete')],
    [`${mod}+Z`, t('shortcuts.undo')],
    [`Shift+${mod}+Z`, t('shortcuts.redo')],
    ['/', t('shortcuts.find')],
    [`${mod}+K`, t('shortcuts.palette')],
    ['↑ ↓ Home End', t('shortcuts.move')],
    ['Shift+↑ ↓', t('shortcuts.extend')],
    [`${mod}+A`, t('shortcuts.selectAll')],
    [`${mod}+${t('shortcuts.click')}`, t('shortcuts.toggle')],
    ['Enter', t('shortcuts.open')],
    ['Esc', t('shortcuts.close')],
    ['?', t('shortcuts.sheet')],
  ];
  return (
    <ModalDialog title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd className="shortcut-key" dir="ltr">
                  {keys}
                </kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
