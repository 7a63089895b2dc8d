/** Renders whichever dialog is open: the core interface's own, or one mounted by another screen. */
import type { ComponentType } from 'react';
import { useSettingsStore } from '../../state/settings-store';
import { useOverlayStore } from '../../state/overlay-store';
import { mountedDialog, useAppDialogStore } from '../app-dialogs';
import { CommandPalette } from '../palette/command-palette';
import { SavedSearchDialog } from '../saved-search/saved-search-dialog';
import { ShortcutSheet } from '../shortcuts/shortcut-sheet';
import { BulkTagDialog } from './bulk-tag-dialog';

function MountedDialog() {
  const open = useAppDialogStore((state) => state.open);
  const close = useAppDialogStore((state) => state.close);
  if (!open) return null;
  // The store pairs each id with its own props type; the lookup by a union id cannot show that.
  const Component = mountedDialog(open.id) as ComponentType<{ onClose(): void }> | undefined;
  return Component ? <Component {...(open.props as object)} onClose={close} /> : null;
}

/** The welcome screen, over everything until the first run is done (settings.firstRunDone). */
function WelcomeSlot() {
  const firstRunDone = useSettingsStore((state) => state.settings?.firstRunDone ?? true);
  const Welcome = mountedDialog('welcome') as ComponentType<{ onClose(): void }> | undefined;
  if (firstRunDone || !Welcome) return null;
  return <Welcome onClose={() => void useSettingsStore.getState().update({ firstRunDone: true })} />;
}

export function DialogHost() {
  const overlay = useOverlayStore((state) => state.overlay);
  const close = useOverlayStore((state) => state.close);
  return (
    <>
      {overlay?.kind === 'palette' ? <CommandPalette onClose={close} /> : null}
      {overlay?.kind === 'shortcuts' ? <ShortcutSheet onClose={close} /> : null}
      {overlay?.kind === 'savedSearch' ? <SavedSearchDialog initialQuery={overlay.query} editing={overlay.editing} onClose={close} /> : null}
      {overlay?.kind === 'bulkTag' ? <BulkTagDialog mode={overlay.mode} ids={overlay.ids} onClose={close} /> : null}
      <MountedDialog />
      <WelcomeSlot />
    </>
  );
}
