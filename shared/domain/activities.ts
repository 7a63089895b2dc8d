/**
 * Activities: calls, meetings, e-mails, notes, complaints and feedback, each linked to
 * people and optionally to an organization and a deal. They make the timelines and feed
 * each contact's last-contacted date.
 */
import { z } from 'zod';

export const ACTIVITY_KINDS = ['call', 'meeting', 'email', 'note', 'complaint', 'feedback'] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/**
 * The kinds that count as being in touch: a conversation happened both ways. A note is
 * something we wrote down; complaints and feedback are often relayed second-hand, so they
 * say nothing about whether we spoke to the person.
 */
export const TOUCH_KINDS: readonly ActivityKind[] = ['call', 'meeting', 'email'];

/** An instant with its offset (2025-03-30T09:00:00Z or +03:00); stored as UTC. */
export const InstantSchema = z.iso.datetime({ offset: true });

const activityFields = {
  kind: ActivityKindSchema,
  occurredAt: InstantSchema,
  durationMinutes: z.number().int().min(0).max(100_000).nullable(),
  outcome: z.string().max(1_000),
  subject: z.string().max(1_000),
  /** The text of the note, the call summary, the e-mail body. */
  body: z.string().max(200_000),
  contactIds: z.array(z.string().min(1).max(200)).max(1_000),
  organizationId: z.string().min(1).max(200).nullable(),
  dealId: z.string().min(1).max(200).nullable(),
};

/** occurredAt is optional: the service fills in "now", so logging a call is one click. */
export const ActivityDraftSchema = z
  .object({
    ...activityFields,
    occurredAt: InstantSchema.optional(),
    durationMinutes: activityFields.durationMinutes.default(null),
    outcome: activityFields.outcome.default(''),
    subject: activityFields.subject.default(''),
    body: activityFields.body.default(''),
    contactIds: activityFields.contactIds.default([]),
    organizationId: activityFields.organizationId.default(null),
    dealId: activityFields.dealId.default(null),
  })
  .strict();
export type ActivityDraftInput = z.input<typeof ActivityDraftSchema>;

/** Only the named fields change; contactIds, when given, replaces the links. */
export const ActivityPatchSchema = z.object(activityFields).partial().strict();
export type ActivityPatchInput = z.input<typeof ActivityPatchSchema>;

export const ActivitySchema = z.object({
  id: z.string(),
  kind: ActivityKindSchema,
  occurredAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  outcome: z.string(),
  subject: z.string(),
  body: z.string(),
  contacts: z.array(z.object({ id: z.string(), displayName: z.string() })),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  dealId: z.string().nullable(),
  dealTitle: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const TimelineInputSchema = z
  .object({
    /** At most one scope; none means everything. */
    contactId: z.string().min(1).max(200).optional(),
    organizationId: z.string().min(1).max(200).optional(),
    dealId: z.string().min(1).max(200).optional(),
    kinds: z.array(ActivityKindSchema).max(ACTIVITY_KINDS.length).optional(),
    /** Inclusive lower and exclusive upper bound on occurredAt. */
    from: InstantSchema.optional(),
    to: InstantSchema.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    /** The nextCursor of the previous page. */
    cursor: z.string().max(500).nullable().default(null),
  })
  .strict()
  .refine((input) => [input.contactId, input.organizationId, input.dealId].filter(Boolean).length <= 1, {
    message: 'give at most one of contactId, organizationId and dealId',
  });
export type TimelineInput = z.input<typeof TimelineInputSchema>;

export const TimelinePageSchema = z.object({
  items: z.array(ActivitySchema),
  /** Newest first; null when this page is the last. */
  nextCursor: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof TimelinePageSchema>;
