/**
 * What each column of a CSV file means: the contract between detection, the mapping screen
 * and the reader. It is plain JSON (validated by ColumnMappingSchema) so the database layer
 * can save a user's mapping under a name and reuse it for the next file of the same shape.
 *
 * A target names a ContactDraft field path. Multi-valued fields (`emails[]`, `phones[]`, …)
 * carry a `group`: all columns with the same kind and group build one entry, e.g. Google's
 * `E-mail 2 - Label` and `E-mail 2 - Value` are `emails[].label` and `emails[].address` of
 * group 2. `label` on a value target is the label used when no label column says otherwise.
 */
import { z } from 'zod';

export const CSV_DIALECTS = ['google', 'google-legacy', 'outlook', 'outlook-com', 'thunderbird', 'rapport', 'generic'] as const;
export const CsvDialectSchema = z.enum(CSV_DIALECTS);
export type CsvDialect = z.infer<typeof CsvDialectSchema>;

/** Draft fields that take one line of text straight from a cell. */
export const TEXT_FIELD_TARGETS = [
  'prefix',
  'given',
  'middle',
  'family',
  'suffix',
  'displayName',
  'nickname',
  'phoneticGiven',
  'phoneticMiddle',
  'phoneticFamily',
  'notes',
  'organizationName',
  'title',
  'department',
  'vcardUid',
] as const;
export type TextFieldTarget = (typeof TEXT_FIELD_TARGETS)[number];

export const ADDRESS_PARTS = ['street', 'extended', 'poBox', 'city', 'region', 'postalCode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/**
 * How to read `03/04/1985`: month first (Outlook, US), day first (most of Europe). ISO dates
 * (`1985-04-03`, `--04-03`) are always understood; a first number above 12 settles it anyway.
 */
export const DateOrderSchema = z.enum(['mdy', 'dmy']);
export type DateOrder = z.infer<typeof DateOrderSchema>;

const group = z.number().int().min(1).max(10_000);
const defaultLabel = z.string().max(64).optional();
/** Google joins several values of one cell with ` ::: `. */
const splitOn = z.string().min(1).max(16).optional();

export const ColumnTargetSchema = z.union([
  z.object({ target: z.literal('ignore') }),
  z.object({ target: z.enum(TEXT_FIELD_TARGETS) }),
  z.object({ target: z.enum(['birthday', 'anniversary']), dateOrder: DateOrderSchema }),
  z.object({ target: z.enum(['birthday.year', 'birthday.month', 'birthday.day']) }),
  z.object({ target: z.literal('favorite') }),
  z.object({
    target: z.literal('tags'),
    separator: z.string().min(1).max(16),
    /** Google groups: `* myContacts` is dropped, `* starred` means favorite. */
    googleGroups: z.boolean().default(false),
  }),
  z.object({ target: z.literal('emails[].address'), group, label: defaultLabel, splitOn }),
  z.object({ target: z.literal('phones[].number'), group, label: defaultLabel, splitOn }),
  z.object({ target: z.literal('urls[].url'), group, label: defaultLabel, splitOn }),
  z.object({ target: z.literal('ims[].handle'), group, label: defaultLabel, service: z.string().max(64).optional() }),
  z.object({ target: z.literal('related[].name'), group, label: defaultLabel }),
  z.object({
    target: z.enum([
      'addresses[].street',
      'addresses[].extended',
      'addresses[].poBox',
      'addresses[].city',
      'addresses[].region',
      'addresses[].postalCode',
      'addresses[].country',
    ]),
    group,
    label: defaultLabel,
  }),
  /** A one-cell address; used only when the same group has no street, city, … columns filled. */
  z.object({ target: z.literal('addresses[].formatted'), group, label: defaultLabel }),
  z.object({
    target: z.enum([
      'emails[].label',
      'emails[].primary',
      'phones[].label',
      'phones[].primary',
      'urls[].label',
      'urls[].primary',
      'ims[].label',
      'ims[].service',
      'ims[].primary',
      'related[].label',
      'addresses[].label',
      'addresses[].primary',
      'customFields[].label',
      'events[].label',
    ]),
    group,
  }),
  /** Google's `Event n - Value`: an anniversary, a birthday or, for other labels, a custom field. */
  z.object({ target: z.literal('events[].value'), group, dateOrder: DateOrderSchema }),
  /** Google's and Rapport's numbered `Custom Field n - Value`; the label comes from the label column. */
  z.object({ target: z.literal('customFields[].value'), group }),
  /** One column kept as a custom field labelled like its header. */
  z.object({
    target: z.literal('customFields'),
    label: z.string().trim().min(1).max(200),
    /** Values an exporter writes for "nothing", e.g. Outlook's `Normal` priority. */
    skipValues: z.array(z.string().max(200)).max(20).optional(),
  }),
  z.object({ target: z.enum(['photo.base64', 'photo.mediaType']) }),
  /** Verbatim vCard lines, one per line of the cell. */
  z.object({ target: z.literal('vcardExtras') }),
]);
export type ColumnTarget = z.output<typeof ColumnTargetSchema>;
export type ColumnTargetName = ColumnTarget['target'];

export const ColumnMappingSchema = z.object({
  version: z.literal(1),
  dialect: CsvDialectSchema,
  /** Headers as read, for the mapping screen and for naming columns in issues ([] without a header). */
  headers: z.array(z.string().max(1_000)).max(5_000).default([]),
  /** Index i is the target of column i; columns beyond the list become custom fields `Column n`. */
  columns: z.array(ColumnTargetSchema).max(5_000),
  /**
   * Which cells get formula neutralisation undone (see formula-guard.ts): `all` for files
   * Rapport (or a layout Rapport writes) produced, `phones` for any other spreadsheet.
   */
  formulaGuard: z.enum(['all', 'phones']).default('phones'),
});
export type ColumnMapping = z.output<typeof ColumnMappingSchema>;
export type ColumnMappingInput = z.input<typeof ColumnMappingSchema>;

export function customFieldTarget(label: string): ColumnTarget {
  return { target: 'customFields', label: label.trim().slice(0, 200) || 'Column' };
}
