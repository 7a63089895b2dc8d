import './avatar.css';

/** Up to two initials, taken as whole characters so "Ștefan" gives "Ș", not half of it. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .map((word) => (word ? (Array.from(word)[0] ?? '') : ''))
    .join('')
    .toLocaleUpperCase();
}

/** A stable hue per contact, so a person keeps their colour between sessions. */
function hueOf(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

export function Avatar({ name, colorKey, size = 'medium' }: { name: string; colorKey: string; size?: 'medium' | 'large' }) {
  return (
    <span
      className={`avatar avatar--${size}`}
      // A custom property, set through the CSSOM, which the CSP allows.
      style={{ ['--avatar-hue' as string]: hueOf(colorKey) }}
      aria-hidden="true"
    >
      {initialsOf(name) || '?'}
    </span>
  );
}
