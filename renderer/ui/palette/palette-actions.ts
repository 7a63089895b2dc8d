/**
 * The command palette's actions: one list other code adds to. An action's label is read
 * when the palette opens, so it follows the current language; use i18next.t inside it.
 *
 *   addPaletteActions([{ id: 'files.import', label: () => i18next.t('files:…'), run: () => showView('imports') }]);
 */
export interface PaletteAction {
  /** Unique and stable ("contact.new"); a later action with the same id replaces the earlier. */
  id: string;
  label(): string;
  /** Extra words the fuzzy filter matches ("add person" for "New contact"). */
  keywords?: () => string;
  /** Shown beside the label, e.g. "N" or "Ctrl+Z". */
  shortcut?: string;
  /** Hidden when it returns false (e.g. "Edit contact" with nobody open). */
  isAvailable?(): boolean;
  run(): void | Promise<void>;
}

const actions = new Map<string, PaletteAction>();

export function addPaletteActions(list: readonly PaletteAction[]): void {
  for (const action of list) actions.set(action.id, action);
}

export function paletteActions(): PaletteAction[] {
  return [...actions.values()].filter((action) => action.isAvailable?.() ?? true);
}
