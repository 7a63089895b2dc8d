/**
 * Deals move through a pipeline of stages the user names and orders. A stage's outcome
 * (open, won, lost) decides the deal's status when it lands there.
 */
import { z } from 'zod';
import { CurrencySchema } from './purchases';

export const DealStatusSchema = z.enum(['open', 'won', 'lost']);
export type DealStatus = z.infer<typeof DealStatusSchema>;

export const StageSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  outcome: DealStatusSchema,
  openDeals: z.number().int(),
});
export type Stage = z.infer<typeof StageSchema>;

export const StageDraftSchema = z
  .object({ name: z.string().trim().min(1).max(200), outcome: DealStatusSchema.default('open') })
  .strict();

const day = z.iso.date();

const dealFields = {
  title: z.string().trim().min(1).max(1_000),
  amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: CurrencySchema,
  stageId: z.string().min(1).max(200),
  expectedCloseOn: day.nullable(),
  organizationId: z.string().min(1).max(200).nullable(),
  contactIds: z.array(z.string().min(1).max(200)).max(1_000),
  notes: z.string().max(200_000),
};

/** Without a stage the deal starts in the first open stage. */
export const DealDraftSchema = z
  .object({
    ...dealFields,
    amountMinor: dealFields.amountMinor.default(0),
    currency: dealFields.currency.default('EUR'),
    stageId: dealFields.stageId.optional(),
    expectedCloseOn: dealFields.expectedCloseOn.default(null),
    organizationId: dealFields.organizationId.default(null),
    contactIds: dealFields.contactIds.default([]),
    notes: dealFields.notes.default(''),
  })
  .strict();
export type DealDraftInput = z.input<typeof DealDraftSchema>;

/** Stage changes go through deals.move and deals.close, which keep status and dates in step. */
export const DealPatchSchema = z.object(dealFields).omit({ stageId: true }).partial().strict();
export type DealPatchInput = z.input<typeof DealPatchSchema>;

export const DealSchema = z.object({
  id: z.string(),
  title: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  stageId: z.string().nullable(),
  stageName: z.string().nullable(),
  status: DealStatusSchema,
  closeReason: z.string(),
  expectedCloseOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  contacts: z.array(z.object({ id: z.string(), displayName: z.string() })),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Deal = z.infer<typeof DealSchema>;

export const DealListInputSchema = z
  .object({
    stageId: z.string().min(1).max(200).optional(),
    status: DealStatusSchema.optional(),
    contactId: z.string().min(1).max(200).optional(),
    organizationId: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(5_000).default(500),
  })
  .strict();

export const MoveDealInputSchema = z.object({ id: z.string().min(1).max(200), stageId: z.string().min(1).max(200) }).strict();

export const CloseDealInputSchema = z
  .object({
    id: z.string().min(1).max(200),
    outcome: z.enum(['won', 'lost']),
    reason: z.string().max(1_000).default(''),
    /** Defaults to today (UTC date of the clock). */
    closedOn: day.optional(),
  })
  .strict();
