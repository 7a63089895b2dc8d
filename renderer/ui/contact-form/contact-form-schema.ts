/**
 * What the contact form edits, validated by the same ContactDraftSchema the API uses
 * (each field is also checked by the draft's own schema), plus what only a form needs:
 * rows left blank are dropped rather than refused, tags are typed as one comma-separated
 * line, dates are three inputs (the year may stay empty), an email must look like one and
 * a phone number must be possible in its country (the API accepts anything, because
 * imported files carry all sorts).
 *
 * Messages starting with "validation." are i18n keys; the rest come from zod.
 */
import { z } from 'zod';
import { AddressSchema, ContactDraftSchema, CustomFieldSchema, EmailSchema, InstantMessagingSchema, PhoneSchema, RelatedPersonSchema, UrlSchema } from '../../../shared/domain/contact';
import { isValidPartialDate } from '../../../shared/domain/partial-date';
import { checkPhone } from './phone-check';

const draft = ContactDraftSchema.shape;

/** Permissive on purpose: one @, something either side, no spaces, a dot in the domain. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const EmailRowSchema = EmailSchema.extend({
  address: z
    .string()
    .trim()
    .max(320, 'validation.tooLong')
    .refine((address) => address === '' || LOOKS_LIKE_EMAIL.test(address), 'validation.emailInvalid'),
});

const phoneRowSchema = (defaultCountry: string | null) =>
  PhoneSchema.extend({
    number: z
      .string()
      .trim()
      .max(100, 'validation.tooLong')
      .refine((number) => checkPhone(number, defaultCountry).kind !== 'impossible', 'validation.phoneImpossible'),
  });

const AddressRowSchema = AddressSchema;
const UrlRowSchema = UrlSchema.extend({ url: z.string().trim().max(2_000, 'validation.tooLong') });
const ImRowSchema = InstantMessagingSchema.extend({ handle: z.string().trim().max(1_000, 'validation.tooLong') });
const RelatedRowSchema = RelatedPersonSchema.extend({ contactId: z.string().nullable() });
const CustomFieldRowSchema = z
  .object({ label: z.string().trim().max(200, 'validation.tooLong'), value: z.string().max(200_000, 'validation.tooLong') })
  .refine((row) => row.label !== '' || row.value.trim() === '', { message: 'validation.labelRequired', path: ['label'] });

/** Day, month and year as typed; the year may be empty (a birthday without a year). */
const DateInputSchema = z
  .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
  .superRefine((date, context) => {
    if (!date.day && !date.month && !date.year) return;
    if (!date.day) context.addIssue({ code: 'custom', path: ['day'], message: 'validation.dayRequired' });
    if (!date.month) context.addIssue({ code: 'custom', path: ['month'], message: 'validation.monthRequired' });
    if (!date.day || !date.month) return;
    const year = date.year ? Number(date.year) : null;
    if (year !== null && (!Number.isInteger(year) || year < 1 || year > 9999)) {
      context.addIssue({ code: 'custom', path: ['year'], message: 'validation.yearInvalid' });
      return;
    }
    if (!isValidPartialDate({ day: Number(date.day), month: Number(date.month), year })) {
      context.addIssue({ code: 'custom', path: ['day'], message: 'validation.noSuchDay' });
    }
  })
  .transform((date) => (date.day && date.month ? { day: Number(date.day), month: Number(date.month), year: date.year ? Number(date.year) : null } : null))
  .superRefine(validAs(draft.birthday));

/**
 * Checks a value with one of the API's schemas too, without letting that schema reshape
 * it (its defaults would make the form's output type differ from what the inputs hold).
 */
function validAs(schema: z.ZodType) {
  return (value: unknown, context: z.RefinementCtx) => {
    const result = schema.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  };
}

function blankRowsDropped<T extends z.ZodType>(row: T, isBlank: (value: z.output<T>) => boolean) {
  return z
    .array(row)
    .max(200)
    .transform((rows) => rows.filter((value) => !isBlank(value)));
}

export function splitTags(text: string): string[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

export function contactFormSchema(defaultCountry: string | null) {
  return z.object({
    prefix: draft.prefix,
    given: draft.given,
    middle: draft.middle,
    family: draft.family,
    suffix: draft.suffix,
    displayName: draft.displayName,
    nickname: draft.nickname,
    phoneticGiven: draft.phoneticGiven,
    phoneticMiddle: draft.phoneticMiddle,
    phoneticFamily: draft.phoneticFamily,
    organizationName: draft.organizationName,
    title: draft.title,
    department: draft.department,
    favorite: draft.favorite,
    emails: blankRowsDropped(EmailRowSchema, (row) => row.address === '').superRefine(validAs(draft.emails)),
    phones: blankRowsDropped(phoneRowSchema(defaultCountry), (row) => row.number === '').superRefine(validAs(draft.phones)),
    addresses: blankRowsDropped(AddressRowSchema, (row) => [row.street, row.extended, row.poBox, row.city, row.region, row.postalCode, row.country].every((part) => part.trim() === '')).superRefine(validAs(draft.addresses)),
    urls: blankRowsDropped(UrlRowSchema, (row) => row.url === '').superRefine(validAs(draft.urls)),
    ims: blankRowsDropped(ImRowSchema, (row) => row.handle === '').superRefine(validAs(draft.ims)),
    related: blankRowsDropped(RelatedRowSchema, (row) => row.name.trim() === '' && row.contactId === null).superRefine(validAs(draft.related)),
    customFields: blankRowsDropped(CustomFieldRowSchema, (row) => row.label === '' && row.value.trim() === '').superRefine(validAs(z.array(CustomFieldSchema).max(200))),
    birthday: DateInputSchema,
    anniversary: DateInputSchema,
    photo: draft.photo,
    notes: draft.notes,
    tags: z.string().transform(splitTags).pipe(draft.tags.unwrap()),
  });
}

export type ContactFormSchema = ReturnType<typeof contactFormSchema>;
/** What the inputs hold. */
export type ContactFormValues = z.input<ContactFormSchema>;
/** What a valid form gives: the fields of a ContactDraft the form edits. */
export type ContactFormOutput = z.output<ContactFormSchema>;
export type ContactFormField = keyof ContactFormOutput;
export type DateInput = z.input<typeof DateInputSchema>;
