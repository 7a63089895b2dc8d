/** macOS says Cmd where everyone else says Ctrl. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

export function modKeyName(): string {
  return isMac() ? 'Cmd' : 'Ctrl';
}

/** Ctrl on Linux and Windows, Cmd on macOS. */
export function hasModKey(event: KeyboardEvent | { ctrlKey: boolean; metaKey: boolean }): boolean {
  return isMac() ? event.metaKey : event.ctrlKey;
}
