/**
 * Dialogs other screens provide, opened from here (bulk actions, the menu, the palette).
 * Each dialog id has typed props; the host renders the mounted component with those props
 * and an onClose. A dialog component renders its own <ModalDialog> (ui/dialogs/modal-dialog)
 * or an equivalent role="dialog" aria-modal element with a focus trap.
 *
 *   mountDialog('export', ExportDialog)               // in renderer/ui/mounts.ts
 *   openAppDialog('export', { scope: { kind: 'ids', ids } })
 */
import type { ComponentType } from 'react';
import { create } from 'zustand';
import type { ExportScope } from '../../shared/domain/exports';

export interface AppDialogProps {
  /** Export contacts: scope is the selection (kind 'ids'), a tag, a saved search, a query or all. */
  export: { scope: ExportScope };
  /** Shown over the app while settings.firstRunDone is false; the component sets it true when done. */
  welcome: Record<string, never>;
  /** The import wizard (renderer/ui/files), with the file when one was dropped on the window. */
  import: { file?: File };
  /** Log a call, meeting, note… (renderer/ui/activities); prefilled with whom or what it is about. */
  logActivity: { contactIds?: string[]; organizationId?: string; dealId?: string; type?: string };
  /** Add or edit a follow-up (renderer/ui/followups). */
  reminder: { reminderId?: string; contactId?: string; dealId?: string };
  /** Add or edit a deal (renderer/ui/deals). */
  deal: { dealId?: string; contactIds?: string[]; organizationId?: string; stageId?: string };
  /** Record or edit a purchase (renderer/ui/deals). */
  purchase: { purchaseId?: string; contactId?: string; organizationId?: string };
}
export type AppDialogId = keyof AppDialogProps;
export type AppDialogComponent<K extends AppDialogId> = ComponentType<AppDialogProps[K] & { onClose(): void }>;

const mountedDialogs = new Map<AppDialogId, ComponentType<never>>();

export function mountDialog<K extends AppDialogId>(id: K, component: AppDialogComponent<K>): void {
  mountedDialogs.set(id, component as ComponentType<never>);
}

export function mountedDialog<K extends AppDialogId>(id: K): AppDialogComponent<K> | undefined {
  return mountedDialogs.get(id) as AppDialogComponent<K> | undefined;
}

type OpenDialog = { [K in AppDialogId]: { id: K; props: AppDialogProps[K] } }[AppDialogId];

interface AppDialogState {
  open: OpenDialog | null;
  show(dialog: OpenDialog): void;
  close(): void;
}

export const useAppDialogStore = create<AppDialogState>()((set) => ({
  open: null,
  show: (open) => set({ open }),
  close: () => set({ open: null }),
}));

/** Opens a mounted dialog; returns false when nothing is mounted for that id (yet). */
export function openAppDialog<K extends AppDialogId>(id: K, props: AppDialogProps[K]): boolean {
  if (!mountedDialogs.has(id)) return false;
  useAppDialogStore.getState().show({ id, props } as OpenDialog);
  return true;
}
