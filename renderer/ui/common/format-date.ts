import i18next from 'i18next';

/** A date in the window's language, e.g. "12 Mar 2025" or "Mar 12, 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium' }).format(date);
}
