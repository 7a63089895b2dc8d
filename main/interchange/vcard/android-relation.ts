/**
 * Android exports relations as
 * `X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;<name>;<type code>;<custom label>;…`.
 * The type codes are ContactsContract.CommonDataKinds.Relation's.
 */
const RELATION_CODES: Record<string, string> = {
  '1': 'assistant', '2': 'brother', '3': 'child', '4': 'domestic partner', '5': 'father', '6': 'friend',
  '7': 'manager', '8': 'mother', '9': 'parent', '10': 'partner', '11': 'referred by', '12': 'relative',
  '13': 'sister', '14': 'spouse',
};

export function readAndroidRelation(components: readonly string[]): { name: string; label: string } | null {
  if ((components[0] ?? '').trim().toLowerCase() !== 'vnd.android.cursor.item/relation') return null;
  const name = (components[1] ?? '').trim();
  if (!name) return null;
  const code = (components[2] ?? '').trim();
  const label = code === '0' ? (components[3] ?? '').trim() : (RELATION_CODES[code] ?? '');
  return { name, label };
}
