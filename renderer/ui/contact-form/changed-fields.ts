import type { ZodType } from 'zod';
import type { ContactFormField, ContactFormOutput, ContactFormSchema, ContactFormValues } from './contact-form-schema';

/**
 * The fields whose value differs from what the form started with, compared after
 * normalising (so a trailing space or a blank row added and left empty is no change).
 * Each field is parsed on its own: one imported value the form would refuse must not
 * make every other field look changed.
 */
export function changedFields(schema: ContactFormSchema, initial: ContactFormValues, output: ContactFormOutput): Set<ContactFormField> {
  const changed = new Set<ContactFormField>();
  for (const field of Object.keys(schema.shape) as ContactFormField[]) {
    const fieldSchema: ZodType = schema.shape[field];
    const before = fieldSchema.safeParse(initial[field]);
    if (!before.success || JSON.stringify(before.data) !== JSON.stringify(output[field])) changed.add(field);
  }
  return changed;
}
