import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { fieldIssues } from '../../api/api-error';
import type { ContactFormValues } from './contact-form-schema';

const FORM_FIELDS: ReadonlySet<string> = new Set([
  'prefix', 'given', 'middle', 'family', 'suffix', 'displayName', 'nickname', 'phoneticGiven', 'phoneticMiddle', 'phoneticFamily',
  'organizationName', 'title', 'department', 'emails', 'phones', 'addresses', 'urls', 'ims', 'related', 'customFields', 'notes', 'tags',
]);

/**
 * Puts the API's INVALID_INPUT details next to the inputs they concern. Paths come as
 * "emails.0.address" (create) or "patch.emails.0.address" (update). Returns how many
 * found a field; the caller shows the rest as one message.
 */
export function applyApiIssues(error: unknown, setError: UseFormSetError<ContactFormValues>): { placed: number; total: number } {
  const issues = fieldIssues(error);
  let placed = 0;
  for (const issue of issues) {
    const fullPath = issue.path.replace(/^patch\./, '');
    const field = fullPath.split('.')[0] ?? '';
    if (!FORM_FIELDS.has(field)) continue;
    // Tags are one text input in the form, so an issue with one tag belongs to the input.
    const path = field === 'tags' ? field : fullPath;
    setError(path as FieldPath<ContactFormValues>, { type: 'server', message: issue.message });
    placed++;
  }
  return { placed, total: issues.length };
}
