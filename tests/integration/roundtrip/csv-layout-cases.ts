/**
 * The two third-party CSV layouts under test: how to generate contacts that reach their
 * corners, and how to compare what comes back (google-projection.ts, outlook-projection.ts).
 */
import type { Contact } from '../../../shared/domain/contact';
import type { ExportFormat } from '../../../shared/domain/exports';
import type { CsvExportLayout } from '../../../main/interchange/csv';
import { comparableContact, type Comparable } from './comparable-contact';
import type { DraftLimits } from './contact-arbitraries';
import { googleImported, googleProjection } from './google-projection';
import { OUTLOOK_CUSTOM_FIELD_NAMES, OUTLOOK_SLOT_LABELS, outlookImported, outlookProjection } from './outlook-projection';

export interface LayoutCase {
  format: Extract<ExportFormat, 'csv-google' | 'csv-outlook'>;
  layout: CsvExportLayout;
  limits: DraftLimits;
  project(contact: Contact, exported: Comparable): Comparable;
  imported(comparable: Comparable): Comparable;
}

export const LAYOUT_CASES: readonly LayoutCase[] = [
  {
    format: 'csv-google',
    layout: 'google',
    // Labels and tags that Google's markers and separator make ambiguous.
    limits: { list: 4, labels: ['*', '*star', '* Work', 'Home Page'], tags: ['* starred', '* myContacts', '* Friends', 'a ::: b', 'x :::', '::: y'] },
    project: googleProjection,
    imported: googleImported,
  },
  {
    format: 'csv-outlook',
    layout: 'outlook',
    // Labels that pick a slot (in several spellings) and names Outlook has columns for.
    limits: {
      list: 4,
      labels: [...OUTLOOK_SLOT_LABELS, 'Mobile', 'cell', 'Business', 'Spouse', 'Work Fax'],
      customFieldLabels: [...OUTLOOK_CUSTOM_FIELD_NAMES, 'Gender'],
      tags: ['a;b', ';lead', 'trail;'],
    },
    project: outlookProjection,
    imported: outlookImported,
  },
];

/** Both sides of one layout's comparison, in file order. */
export function compareLayout(testCase: LayoutCase, before: readonly Contact[], after: readonly Contact[]): { expected: Comparable[]; actual: Comparable[] } {
  return {
    expected: before.map((contact) => testCase.project(contact, comparableContact(contact, before, testCase.format, true))),
    actual: after.map((contact) => testCase.imported(comparableContact(contact, after, testCase.format, false))),
  };
}
