/**
 * What the contact form edits, validated by the same ContactDraftSchema the API uses,
 * plus what only a form needs: rows left blank are dropped rather than refused, tags are
 * typed as one comma-separated line, and an email address must look like one (the API
 * accepts anything, because imported files carry all sorts).
 *
 * Messages starting with "validation." are i18n keys; the rest come from zod.
 */
import { z } from 'zod';
import { ContactDraftSchema, EmailSchema, PhoneSchema } from '../../../shared/domain/contact';

const draft = ContactDraftSchema.shape;

/** Permissive on purpose: one @, something either side, no spaces. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** A row may be left blank (it is dropped); a filled one is checked as the API will. */
const EmailRowSchema = EmailSchema.extend({
  address: z
    .string()
    .trim()
    .max(320, 'validation.tooLong')
    .refine((address) => address === '' || LOOKS_LIKE_EMAIL.test(address), 'validation.emailInvalid'),
});

const PhoneRowSchema = PhoneSchema.extend({
  number: z.string().trim().max(100, 'validation.tooLong'),
});

export function splitTags(text: string): string[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

export const ContactFormSchema = z.object({
  given: draft.given,
  family: draft.family,
  displayName: draft.displayName,
  organizationName: draft.organizationName,
  title: draft.title,
  emails: z
    .array(EmailRowSchema)
    .max(100)
    .transform((rows) => rows.filter((row) => row.address !== '')),
  phones: z
    .array(PhoneRowSchema)
    .max(100)
    .transform((rows) => rows.filter((row) => row.number !== '')),
  notes: draft.notes,
  tags: z.string().transform(splitTags).pipe(draft.tags.unwrap()),
});

/** What the inputs hold. */
export type ContactFormValues = z.input<typeof ContactFormSchema>;
/** What a valid form gives: the fields of a ContactDraft the form edits. */
export type ContactFormOutput = z.output<typeof ContactFormSchema>;
export type ContactFormField = keyof ContactFormOutput;
export type EmailRow = z.input<typeof EmailRowSchema>;
export type PhoneRow = z.input<typeof PhoneRowSchema>;
