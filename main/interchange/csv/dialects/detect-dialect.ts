/**
 * Which exporter wrote a file, judged from its header row. Order matters: Rapport and Google
 * have the most specific names; Outlook's are borrowed by Windows Address Book and others.
 */
import type { CsvDialect } from '../../../../shared/domain/column-mapping';
import { normalizeHeader } from '../header-match';
import { matchGenericHeader } from './generic';
import { looksLikeGoogleCurrent, looksLikeGoogleLegacy, matchGoogleHeader } from './google';
import type { HeaderMatcher } from './header-matcher';
import { looksLikeOutlookCom, looksLikeOutlookDesktop, matchOutlookHeader } from './outlook';
import { looksLikeRapport, matchRapportHeader } from './rapport';
import { looksLikeThunderbird, matchThunderbirdHeader } from './thunderbird';

export function detectDialect(rawHeaders: readonly string[]): CsvDialect {
  if (looksLikeRapport(rawHeaders)) return 'rapport';
  const headers = new Set(rawHeaders.map(normalizeHeader));
  if (looksLikeGoogleCurrent(headers)) return 'google';
  if (looksLikeGoogleLegacy(headers)) return 'google-legacy';
  if (looksLikeOutlookCom(headers)) return 'outlook-com';
  if (looksLikeThunderbird(headers)) return 'thunderbird';
  if (looksLikeOutlookDesktop(headers)) return 'outlook';
  return 'generic';
}

/** The dialect's own names first; what it does not know, the generic synonyms may. */
export function headerMatcherFor(dialect: CsvDialect): HeaderMatcher {
  const own = ownMatcher(dialect);
  return (normalized, raw) => own?.(normalized, raw) ?? (dialect === 'rapport' ? null : matchGenericHeader(normalized, raw));
}

function ownMatcher(dialect: CsvDialect): HeaderMatcher | null {
  switch (dialect) {
    case 'google':
    case 'google-legacy':
      return matchGoogleHeader;
    case 'outlook':
    case 'outlook-com':
      return matchOutlookHeader;
    case 'thunderbird':
      return matchThunderbirdHeader;
    case 'rapport':
      return matchRapportHeader;
    case 'generic':
      return null;
  }
}

/** Does any dialect know this cell as a header name? Used to tell a header row from data. */
export function isKnownHeaderName(cell: string): boolean {
  const normalized = normalizeHeader(cell);
  if (!normalized) return false;
  return [matchGoogleHeader, matchOutlookHeader, matchThunderbirdHeader, matchRapportHeader, matchGenericHeader].some(
    (matcher) => matcher(normalized, cell) !== null,
  );
}
