/**
 * Which vCard version a card is. VERSION may come anywhere in the card (Forrest Gump's 2.1
 * file puts it after the other properties) or not at all; then 3.0 is assumed unless the
 * card has 2.1 shapes (bare parameters such as `;HOME;VOICE`, QUOTED-PRINTABLE).
 */
import type { ContentLine } from './content-line';

export type VcardVersion = '2.1' | '3.0' | '4.0';

export function versionFromValue(value: string): VcardVersion | null {
  const trimmed = value.trim();
  if (/^2(\.\d)?$/.test(trimmed)) return '2.1';
  if (/^3(\.\d)?$/.test(trimmed)) return '3.0';
  if (/^4(\.\d)?$/.test(trimmed)) return '4.0';
  return null;
}

function hasBareParameter(header: string): boolean {
  return header
    .split(';')
    .slice(1)
    .some((segment) => segment.trim() !== '' && !segment.includes('='));
}

export function guessVersion(lines: readonly ContentLine[]): VcardVersion {
  const looks21 = lines.some((l) => hasBareParameter(l.header) || /quoted-printable/i.test(l.header));
  return looks21 ? '2.1' : '3.0';
}
