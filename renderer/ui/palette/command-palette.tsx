/**
 * Ctrl/Cmd+K: every action by name, fuzzy filtered, driven by the keyboard. Focus stays
 * in the input (a combobox) and aria-activedescendant names the highlighted action.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../dialogs/modal-dialog';
import { fuzzyScore } from './fuzzy-score';
import { paletteActions, type PaletteAction } from './palette-actions';
import './command-palette.css';

const LIST_ID = 'command-palette-list';
const optionId = (action: PaletteAction) => `palette-option-${action.id.replace(/[^\w-]/g, '-')}`;

export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Read once per opening: availability depends on what is selected right now.
  const all = useMemo(() => paletteActions().map((action) => ({ action, label: action.label(), keywords: action.keywords?.() ?? '' })), []);
  const matches = useMemo(() => {
    const scored = all
      .map((entry) => ({ ...entry, score: Math.max(fuzzyScore(query, entry.label) ?? -Infinity, (fuzzyScore(query, entry.keywords) ?? -Infinity) - 5) }))
      .filter((entry) => entry.score > -Infinity);
    return query.trim() ? scored.sort((a, b) => b.score - a.score) : scored;
  }, [all, query]);
  const current = matches[Math.min(active, matches.length - 1)];

  function run(action: PaletteAction): void {
    onClose();
    // After the dialog has returned focus, so an action that moves focus (Find) wins.
    requestAnimationFrame(() => void action.run());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: matches.length - 1 };
    const target = moves[event.key];
    if (target !== undefined && matches.length > 0) {
      event.preventDefault();
      setActive((target + matches.length) % matches.length);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      run(current.action);
    }
  }

  return (
    <ModalDialog title={t('palette.title')} onClose={onClose} hideHeader className="palette">
      <input
        className="palette__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-label={t('palette.inputLabel')}
        aria-activedescendant={current ? optionId(current.action) : undefined}
        placeholder={t('palette.placeholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={LIST_ID} className="palette__list" role="listbox" aria-label={t('palette.listLabel')}>
        {matches.map((entry) => (
          <li
            key={entry.action.id}
            id={optionId(entry.action)}
            role="option"
            aria-selected={entry === current}
            className="palette__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(entry.action)}
          >
            <span className="palette__label">{entry.label}</span>
            {entry.action.shortcut ? (
              <kbd className="palette__shortcut" dir="ltr">
                {entry.action.shortcut}
              </kbd>
            ) : null}
          </li>
        ))}
        {matches.length === 0 ? <li className="palette__empty">{t('palette.noMatches')}</li> : null}
      </ul>
    </ModalDialog>
  );
}
