/**
 * The dashboard's figures. Each list-shaped figure carries a saved-search query, so the
 * interface can open "the contacts behind this number" with one click.
 */
import { z } from 'zod';
import { InstantSchema } from './activities';

/**
 * RFM segments, decided in this order from R (recency) and FM = (F + M) / 2, each 1–5:
 *   champions        R ≥ 4 and FM ≥ 4   bought lately, often, much
 *   loyal            R ≥ 3 and FM ≥ 3
 *   new              R ≥ 4               recent but little so far
 *   at-risk          R ≤ 2 and FM ≥ 3   were good, have gone quiet
 *   lost             R = 1               long gone, never much
 *   needs-attention  everything else
 */
export const RFM_SEGMENTS = ['champions', 'loyal', 'new', 'at-risk', 'needs-attention', 'lost'] as const;
export const RfmSegmentSchema = z.enum(RFM_SEGMENTS);
export type RfmSegment = z.infer<typeof RfmSegmentSchema>;

export const InsightsInputSchema = z
  .object({
    now: InstantSchema.optional(),
    /** RFM, Pareto and top customers use one currency: this one, else the most used. */
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    notContactedDays: z.number().int().min(1).max(3_650).default(90),
    months: z.number().int().min(1).max(120).default(12),
    weeks: z.number().int().min(1).max(520).default(12),
    top: z.number().int().min(1).max(100).default(10),
  })
  .strict();
export type InsightsInput = z.input<typeof InsightsInputSchema>;

export const RfmScoreSchema = z.object({
  contactId: z.string(),
  displayName: z.string(),
  lastPurchasedOn: z.string(),
  purchases: z.number().int(),
  totalMinor: z.number().int(),
  recency: z.number().int(),
  frequency: z.number().int(),
  monetary: z.number().int(),
  segment: RfmSegmentSchema,
});
export type RfmScore = z.infer<typeof RfmScoreSchema>;

export const RfmReportSchema = z.object({
  currency: z.string().nullable(),
  segments: z.array(z.object({ segment: RfmSegmentSchema, count: z.number().int(), query: z.string() })),
});
export type RfmReport = z.infer<typeof RfmReportSchema>;

export const ParetoSchema = z.object({
  currency: z.string().nullable(),
  customers: z.number().int(),
  /** The fewest customers whose revenue reaches 80% of the total. */
  customersFor80: z.number().int(),
  /** customersFor80 / customers; 0 when there are none. */
  share: z.number(),
  totalMinor: z.number().int(),
});
export type Pareto = z.infer<typeof ParetoSchema>;

export const RevenueMonthSchema = z.object({ month: z.string(), currency: z.string(), totalMinor: z.number().int(), purchases: z.number().int() });
export type RevenueMonth = z.infer<typeof RevenueMonthSchema>;

export const PipelineStageValueSchema = z.object({
  stageId: z.string(),
  name: z.string(),
  position: z.number().int(),
  outcome: z.string(),
  currency: z.string().nullable(),
  totalMinor: z.number().int(),
  deals: z.number().int(),
});
export type PipelineStageValue = z.infer<typeof PipelineStageValueSchema>;

export const TopCustomerSchema = z.object({ contactId: z.string(), displayName: z.string(), currency: z.string(), totalMinor: z.number().int() });

export const DashboardSchema = z.object({
  generatedAt: z.string(),
  currency: z.string().nullable(),
  currencies: z.array(z.string()),
  followUps: z.object({ overdue: z.number().int(), today: z.number().int(), upcoming: z.number().int(), query: z.string() }),
  notContacted: z.object({ days: z.number().int(), customers: z.number().int(), query: z.string() }),
  revenueByMonth: z.array(RevenueMonthSchema),
  topCustomers: z.array(TopCustomerSchema),
  pareto: ParetoSchema,
  rfm: RfmReportSchema,
  pipeline: z.array(PipelineStageValueSchema),
  activitiesPerWeek: z.array(z.object({ weekStart: z.string(), count: z.number().int() })),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const RfmListInputSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    segment: RfmSegmentSchema.optional(),
    limit: z.number().int().min(1).max(10_000).default(500),
  })
  .strict();
