/**
 * Which reader a file needs, from its first bytes and (only as a tie-breaker) its name.
 * Contents win over extensions: phones name vCards `.txt`, and CSVs arrive as `.vcf`.
 */
import type { ImportFormat } from '../../../shared/domain/imports';
import { decodeSniff } from './sniff-text';

export function detectImportFormat(firstBytes: Uint8Array, fileName: string): ImportFormat | null {
  const text = decodeSniff(firstBytes).replace(/^\uFEFF/, '').trimStart();
  if (/^begin\s*:\s*vcard/i.test(text)) return 'vcard';
  if (/^\[\s*"vcard"/i.test(text) || /^\[\s*\[\s*"vcard"/i.test(text)) return 'jcard';
  // A vCard preceded by junk (a mail header, a blank card) still says BEGIN:VCARD early on.
  if (/^begin\s*:\s*vcard/im.test(text.slice(0, 4_096))) return 'vcard';
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  // A vCard missing its BEGIN line, or an empty one: the reader reports what it finds.
  if (['vcf', 'vcard', 'vcs'].includes(extension) && !text.startsWith('[')) return 'vcard';
  if (extension === 'json' && text.startsWith('[')) return 'jcard';
  if (/[,;\t]/.test(text.split('\n')[0] ?? '') || ['csv', 'tsv', 'txt'].includes(extension)) return 'csv';
  return null;
}
