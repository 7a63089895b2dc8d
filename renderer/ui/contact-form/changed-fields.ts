import type { ZodType } from 'zod';
import { ContactFormSchema, type ContactFormField, type ContactFormOutput, type ContactFormValues } from './contact-form-schema';

const FIELDS = Object.keys(ContactFormSchema.shape) as ContactFormField[];

/**
 * The fields whose value differs from what the form started with, compared after
 * normalising (so a trailing space or a blank row added and left empty is no change).
 * Each field is parsed on its own: one imported value the form would refuse must not
 * make every other field look changed.
 */
export function changedFields(initial: ContactFormValues, output: ContactFormOutput): Set<ContactFormField> {
  const changed = new Set<ContactFormField>();
  for (const field of FIELDS) {
    const schema: ZodType = ContactFormSchema.shape[field];
    const before = schema.safeParse(initial[field]);
    if (!before.success || JSON.stringify(before.data) !== JSON.stringify(output[field])) changed.add(field);
  }
  return changed;
}
