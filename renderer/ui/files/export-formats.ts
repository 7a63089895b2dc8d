import type { ExportFormat } from '../../../shared/domain/exports';

/** The formats the export dialog offers, in order, with the file extension each writes. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; extension: string }[] = [
  { format: 'vcard3', extension: 'vcf' },
  { format: 'vcard4', extension: 'vcf' },
  { format: 'jcard', extension: 'json' },
  { format: 'csv-google', extension: 'csv' },
  { format: 'csv-outlook', extension: 'csv' },
  { format: 'csv', extension: 'csv' },
];

export function extensionOf(format: ExportFormat): string {
  return EXPORT_FORMATS.find((item) => item.format === format)?.extension ?? 'txt';
}

/** The same base name with the extension of the new format. */
export function withExtension(fileName: string, format: ExportFormat): string {
  const base = fileName.replace(/\.(vcf|json|csv|txt)$/i, '') || 'contacts';
  return `${base}.${extensionOf(format)}`;
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
