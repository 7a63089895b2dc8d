/**
 * Window-wide keys. Single letters and Ctrl/Cmd+Z act only when focus is not in a text
 * field (there, Z undoes the typing and N types an N). Inside a dialog, only the dialog's
 * own keys apply.
 */
import { useEffect } from 'react';
import { useOverlayStore } from '../../state/overlay-store';
import { useViewStore } from '../../state/view-store';
import { editActiveContact, focusSearchBox, newContact, openPalette, redoLatest, showShortcuts, trashContacts, undoLatest } from '../commands/app-commands-run';
import { hasModKey } from './platform-keys';

const NON_TEXT_INPUTS: ReadonlySet<string> = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image']);

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

function inDialog(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented) return;
      const mod = hasModKey(event);
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && key === 'k') {
        event.preventDefault();
        if (useOverlayStore.getState().overlay?.kind === 'palette') useOverlayStore.getState().close();
        else if (!inDialog()) openPalette();
        return;
      }
      if (inDialog() || isTextField(event.target)) return;
      const editorOpen = useViewStore.getState().editor.mode !== 'closed';
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) void redoLatest();
        else void undoLatest();
        return;
      }
      if (mod || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        showShortcuts();
      } else if (event.key === '/') {
        event.preventDefault();
        focusSearchBox();
      } else if (editorOpen) {
        return;
      } else if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        newContact();
      } else if (key === 'e' && !event.shiftKey) {
        event.preventDefault();
        editActiveContact();
      } else if (event.key === 'Delete' && useViewStore.getState().view === 'contacts') {
        event.preventDefault();
        void trashContacts();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
