/**
 * The contact list: a virtualized listbox (aria-multiselectable), so 100,000 rows cost what
 * fifty do. Focus stays on the listbox and aria-activedescendant names the active row.
 * Click opens; Ctrl/Cmd+click toggles a row into the selection; Shift+click and
 * Shift+arrows extend it; Ctrl/Cmd+A selects every loaded row; Enter moves to the detail.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { ContactSummary } from '../../../shared/domain/contact';
import { useListSelectionStore } from '../../state/list-selection-store';
import { focusContactList } from '../commands/app-commands-run';
import { hasModKey } from '../shortcuts/platform-keys';
import { ContactRow } from './contact-row';

const ROW_HEIGHT = 56;
const LISTBOX_ID = 'contact-listbox';
/** Start fetching the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 60;

function optionId(contactId: string): string {
  return `contact-option-${contactId}`;
}

interface ContactListboxProps {
  label: string;
  contacts: ContactSummary[];
  /** The contact open in the detail pane. */
  activeId: string | null;
  /** All rows in the scope (loaded or not), for aria-setsize. */
  total: number | null;
  onOpen(id: string): void;
  /** Called when the end of what is loaded comes near; absent when everything is loaded. */
  onNearEnd?: (() => void) | undefined;
  /** End pressed with more rows on the server: load them all, then go to the last. */
  onLoadToEnd?: (() => Promise<void>) | undefined;
}

export function ContactListbox({ label, contacts, activeId, total, onOpen, onNearEnd, onLoadToEnd }: ContactListboxProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selection = useListSelectionStore();
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => contacts[index]?.id ?? index,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const activeIndex = contacts.findIndex((contact) => contact.id === activeId);
  const lastRenderedIndex = virtualRows.at(-1)?.index ?? -1;
  const pendingEnd = useRef(false);

  useEffect(() => {
    if (onNearEnd && lastRenderedIndex >= contacts.length - PREFETCH_ROWS) onNearEnd();
  }, [lastRenderedIndex, contacts.length, onNearEnd]);

  // After "End" loaded everything, go to the (new) last row.
  useEffect(() => {
    if (!pendingEnd.current || onLoadToEnd) return;
    pendingEnd.current = false;
    const last = contacts.at(-1);
    if (last) {
      onOpen(last.id);
      useListSelectionStore.getState().selectOnly(last.id);
      virtualizer.scrollToIndex(contacts.length - 1, { align: 'end' });
    }
  }, [contacts, onLoadToEnd, onOpen, virtualizer]);

  const orderedIds = () => contacts.map((contact) => contact.id);

  function moveTo(index: number, extend: boolean): void {
    const clamped = Math.max(0, Math.min(contacts.length - 1, index));
    const contact = contacts[clamped];
    if (!contact) return;
    if (extend) selection.extendTo(contact.id, orderedIds());
    else selection.selectOnly(contact.id);
    onOpen(contact.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const mod = hasModKey(event);
    if (mod && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      selection.selectAll(orderedIds());
      return;
    }
    if (event.key === 'Enter' && activeId) {
      event.preventDefault();
      document.getElementById('contact-detail-name')?.focus();
      return;
    }
    if ((event.key === ' ' && mod) || (event.key === ' ' && activeId)) {
      event.preventDefault();
      if (activeId) selection.toggle(activeId);
      return;
    }
    if (event.key === 'End' && onLoadToEnd) {
      event.preventDefault();
      pendingEnd.current = true;
      void onLoadToEnd();
      moveTo(contacts.length - 1, event.shiftKey);
      return;
    }
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex < 0 ? 0 : activeIndex - 1,
      Home: 0,
      End: contacts.length - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target, event.shiftKey);
  }

  function onRowClick(event: MouseEvent<HTMLDivElement>, contact: ContactSummary): void {
    if (event.shiftKey) selection.extendTo(contact.id, orderedIds());
    else if (hasModKey(event)) selection.toggle(contact.id);
    else selection.selectOnly(contact.id);
    onOpen(contact.id);
    focusContactList();
  }

  return (
    <div
      id={LISTBOX_ID}
      ref={scrollRef}
      className="contact-listbox"
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={activeId !== null && activeIndex >= 0 ? optionId(activeId) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="contact-listbox__sizer" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualRows.map((row) => {
          const contact = contacts[row.index];
          if (!contact) return null;
          const selected = selection.ids.has(contact.id) || (selection.ids.size === 0 && contact.id === activeId);
          return (
            <div
              key={row.key}
              id={optionId(contact.id)}
              role="option"
              aria-selected={selected}
              aria-setsize={Math.max(total ?? 0, contacts.length)}
              aria-posinset={row.index + 1}
              className="contact-row"
              data-active={contact.id === activeId}
              style={{ blockSize: row.size, transform: `translateY(${row.start}px)` }}
              onMouseDown={(event) => event.shiftKey && event.preventDefault()}
              onClick={(event) => onRowClick(event, contact)}
            >
              <ContactRow contact={contact} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
