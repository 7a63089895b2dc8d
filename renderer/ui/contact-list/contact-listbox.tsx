/**
 * The contact list: a virtualized listbox, so ten thousand rows cost what fifty do.
 * Focus stays on the listbox and aria-activedescendant names the current row (the
 * pattern screen readers expect); the selection follows the arrow keys, as in a mail app.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ContactSummary } from '../../../shared/domain/contact';
import { ContactRow } from './contact-row';

const ROW_HEIGHT = 56;
const LISTBOX_ID = 'contact-listbox';
/** Start fetching the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 30;

export function focusContactList(): void {
  document.getElementById(LISTBOX_ID)?.focus();
}

function optionId(contactId: string): string {
  return `contact-option-${contactId}`;
}

interface ContactListboxProps {
  label: string;
  contacts: ContactSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Called when the end of what is loaded comes near; absent when everything is loaded. */
  onNearEnd?: (() => void) | undefined;
}

export function ContactListbox({ label, contacts, selectedId, onSelect, onNearEnd }: ContactListboxProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => contacts[index]?.id ?? index,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const selectedIndex = contacts.findIndex((contact) => contact.id === selectedId);
  const lastRenderedIndex = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (onNearEnd && lastRenderedIndex >= contacts.length - PREFETCH_ROWS) onNearEnd();
  }, [lastRenderedIndex, contacts.length, onNearEnd]);

  function selectIndex(index: number): void {
    const clamped = Math.max(0, Math.min(contacts.length - 1, index));
    const contact = contacts[clamped];
    if (!contact) return;
    onSelect(contact.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex < 0 ? 0 : selectedIndex - 1,
      Home: 0,
      End: contacts.length - 1,
      PageDown: selectedIndex + pageRows,
      PageUp: selectedIndex - pageRows,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    selectIndex(target);
  }

  return (
    <div
      id={LISTBOX_ID}
      ref={scrollRef}
      className="contact-listbox"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={selectedId !== null && selectedIndex >= 0 ? optionId(selectedId) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="contact-listbox__sizer" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualRows.map((row) => {
          const contact = contacts[row.index];
          if (!contact) return null;
          const selected = contact.id === selectedId;
          return (
            <div
              key={row.key}
              id={optionId(contact.id)}
              role="option"
              aria-selected={selected}
              aria-setsize={contacts.length}
              aria-posinset={row.index + 1}
              className="contact-row"
              style={{ blockSize: row.size, transform: `translateY(${row.start}px)` }}
              onClick={() => {
                onSelect(contact.id);
                focusContactList();
              }}
            >
              <ContactRow contact={contact} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
