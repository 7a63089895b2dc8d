/**
 * Listing contacts a page at a time. Pages are keyset-based (the cursor names the last row
 * seen), so the millionth row costs what the first does.
 */
import { z } from 'zod';
import { ContactSummarySchema } from './contact';

export const ContactSortSchema = z.enum(['name', 'lastContacted', 'created']);
export type ContactSort = z.infer<typeof ContactSortSchema>;

export const ContactListFilterSchema = z
  .object({
    tagId: z.string().optional(),
    organizationId: z.string().optional(),
    favorite: z.boolean().optional(),
    /** The saved-search query syntax: `tag:vip org:acme city:cluj has:phone -has:email`. */
    query: z.string().max(2_000).optional(),
    savedSearchId: z.string().optional(),
  })
  .strict();
export type ContactListFilter = z.infer<typeof ContactListFilterSchema>;

export const ContactListInputSchema = z
  .object({
    sort: ContactSortSchema.default('name'),
    direction: z.enum(['asc', 'desc']).optional(),
    cursor: z.string().max(4_000).nullable().default(null),
    limit: z.number().int().min(1).max(1_000).default(100),
    filter: ContactListFilterSchema.default({}),
  })
  .strict();
export type ContactListInput = z.input<typeof ContactListInputSchema>;

export const ContactPageSchema = z.object({
  items: z.array(ContactSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ContactPage = z.infer<typeof ContactPageSchema>;
