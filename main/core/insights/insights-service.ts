/**
 * The dashboard: each figure is one SQL statement over indexed columns (see migration
 * 0002), so it stays fast at 100k contacts and 1M activities; bench/insights.bench.ts
 * measures it. Money is summed per currency; RFM, Pareto and top customers use one
 * currency (the one asked for, else the most used) and say which.
 */
import {
  InsightsInputSchema,
  RFM_SEGMENTS,
  RfmListInputSchema,
  type Dashboard,
  type InsightsInput,
  type Pareto,
  type PipelineStageValue,
  type RevenueMonth,
  type RfmReport,
  type RfmScore,
  type RfmSegment,
} from '../../../shared/domain/insights';
import type { z } from 'zod';
import { statement } from '../../db/statements';
import type { CoreContext } from '../context';
import { ensureDefaultStages } from '../deals/default-stages';
import type { RemindersService } from '../reminders/reminders-service';
import { localToday } from '../reminders/user-time-zone';
import { customersSql, paretoSql, PRIMARY_CURRENCY_SQL, rfmSql } from './rfm-sql';

const DAY_MS = 86_400_000;

/** Monday (UTC) of the week holding `date`, as YYYY-MM-DD. */
function weekStart(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

export function createInsightsService(ctx: CoreContext, reminders: RemindersService) {
  function currencies(): string[] {
    return statement(ctx.db, 'SELECT DISTINCT currency FROM purchases WHERE deleted_at IS NULL ORDER BY currency').pluck().all() as string[];
  }

  function primaryCurrency(asked?: string): string | null {
    return asked ?? ((statement(ctx.db, `SELECT ${PRIMARY_CURRENCY_SQL}`).pluck().get() as string | null) ?? null);
  }

  function rfm(currency: string | null): RfmReport {
    const counts = new Map<string, number>();
    if (currency) {
      const rows = statement(ctx.db, `SELECT segment, count(*) AS count FROM (${rfmSql('?')}) GROUP BY segment`).all(currency) as { segment: string; count: number }[];
      for (const row of rows) counts.set(row.segment, row.count);
    }
    return { currency, segments: RFM_SEGMENTS.map((segment) => ({ segment, count: counts.get(segment) ?? 0, query: `segment:${segment}` })) };
  }

  function pareto(currency: string | null): Pareto {
    if (!currency) return { currency, customers: 0, customersFor80: 0, share: 0, totalMinor: 0 };
    const row = statement(ctx.db, paretoSql('?')).get(currency) as { customers: number; grand: number; needed: number };
    return { currency, customers: row.customers, customersFor80: row.needed, share: row.customers ? row.needed / row.customers : 0, totalMinor: row.grand };
  }

  function revenueByMonth(months: number, now: Date): RevenueMonth[] {
    const today = localToday(ctx, now);
    const first = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - (months - 1), 1)).toISOString().slice(0, 10);
    const rows = statement(
      ctx.db,
      `SELECT substr(purchased_on, 1, 7) AS month, currency, sum(total_minor) AS total, count(*) AS purchases
         FROM purchases WHERE deleted_at IS NULL AND purchased_on >= ? GROUP BY month, currency ORDER BY month, currency`,
    ).all(first) as { month: string; currency: string; total: number; purchases: number }[];
    return rows.map((row) => ({ month: row.month, currency: row.currency, totalMinor: row.total, purchases: row.purchases }));
  }

  function pipeline(): PipelineStageValue[] {
    ensureDefaultStages(ctx);
    const rows = statement(
      ctx.db,
      `SELECT s.id, s.name, s.position, s.outcome, d.currency, coalesce(sum(d.amount_minor), 0) AS total, count(d.id) AS deals
         FROM pipeline_stages s LEFT JOIN deals d ON d.stage_id = s.id AND d.deleted_at IS NULL
        WHERE s.deleted_at IS NULL GROUP BY s.id, d.currency ORDER BY s.position, s.id, d.currency`,
    ).all() as { id: string; name: string; position: number; outcome: string; currency: string | null; total: number; deals: number }[];
    return rows.map((row) => ({
      stageId: row.id,
      name: row.name,
      position: row.position,
      outcome: row.outcome,
      currency: row.currency,
      totalMinor: row.total,
      deals: row.deals,
    }));
  }

  function activitiesPerWeek(weeks: number, now: Date): { weekStart: string; count: number }[] {
    const first = weekStart(new Date(now.getTime() - (weeks - 1) * 7 * DAY_MS));
    const rows = statement(
      ctx.db,
      // Monday on or before the day: back 6 days, then forward to the next Monday.
      `SELECT date(occurred_at, '-6 days', 'weekday 1') AS week, count(*) AS count
         FROM activities WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? GROUP BY week`,
    ).all(`${first}T00:00:00.000Z`, new Date(now.getTime() + 1).toISOString()) as { week: string; count: number }[];
    const counts = new Map(rows.map((row) => [row.week, row.count]));
    return Array.from({ length: weeks }, (_, index) => {
      const week = new Date(Date.parse(`${first}T00:00:00Z`) + index * 7 * DAY_MS).toISOString().slice(0, 10);
      return { weekStart: week, count: counts.get(week) ?? 0 };
    });
  }

  function topCustomers(currency: string | null, top: number): Dashboard['topCustomers'] {
    if (!currency) return [];
    const rows = statement(
      ctx.db,
      `SELECT k.contact_id, c.display_name, k.monetary FROM (${customersSql('?')}) k JOIN contacts c ON c.id = k.contact_id
        ORDER BY k.monetary DESC, k.contact_id LIMIT ?`,
    ).all(currency, top) as { contact_id: string; display_name: string; monetary: number }[];
    return rows.map((row) => ({ contactId: row.contact_id, displayName: row.display_name, currency, totalMinor: row.monetary }));
  }

  function notContacted(days: number, now: Date): number {
    // Customers: contacts with at least one live purchase, in any currency.
    return statement(
      ctx.db,
      `SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL AND c.last_contacted_at < ?
          AND EXISTS (SELECT 1 FROM purchases p WHERE p.contact_id = c.id AND p.deleted_at IS NULL)`,
    )
      .pluck()
      .get(new Date(now.getTime() - days * DAY_MS).toISOString()) as number;
  }

  return {
    dashboard(input: InsightsInput = {}): Dashboard {
      const options = InsightsInputSchema.parse(input);
      const now = options.now ? new Date(options.now) : ctx.now();
      const currency = primaryCurrency(options.currency);
      const followUps = reminders.todayCounts({ now: now.toISOString() });
      return {
        generatedAt: now.toISOString(),
        currency,
        currencies: currencies(),
        followUps: { ...followUps, query: 'due:overdue' },
        notContacted: { days: options.notContactedDays, customers: notContacted(options.notContactedDays, now), query: `last-contacted>${options.notContactedDays}d value>0` },
        revenueByMonth: revenueByMonth(options.months, now),
        topCustomers: topCustomers(currency, options.top),
        pareto: pareto(currency),
        rfm: rfm(currency),
        pipeline: pipeline(),
        activitiesPerWeek: activitiesPerWeek(options.weeks, now),
      };
    },

    rfm: (input: { currency?: string | undefined } = {}): RfmReport => rfm(primaryCurrency(input.currency)),
    pareto: (input: { currency?: string | undefined } = {}): Pareto => pareto(primaryCurrency(input.currency)),
    pipeline,
    revenue: (input: { months?: number | undefined; now?: string | undefined } = {}): RevenueMonth[] =>
      revenueByMonth(input.months ?? 12, input.now ? new Date(input.now) : ctx.now()),

    /** The customers behind the RFM figures, with their scores; optionally one segment. */
    rfmScores(input: z.input<typeof RfmListInputSchema> = {}): RfmScore[] {
      const query = RfmListInputSchema.parse(input);
      const currency = primaryCurrency(query.currency);
      if (!currency) return [];
      const rows = statement(
        ctx.db,
        `SELECT s.*, c.display_name FROM (${rfmSql('?')}) s JOIN contacts c ON c.id = s.contact_id
          WHERE (? IS NULL OR s.segment = ?) ORDER BY s.monetary DESC, s.contact_id LIMIT ?`,
      ).all(currency, query.segment ?? null, query.segment ?? null, query.limit) as {
        contact_id: string;
        display_name: string;
        last_on: string;
        frequency: number;
        monetary: number;
        r: number;
        f: number;
        m: number;
        segment: RfmSegment;
      }[];
      return rows.map((row) => ({
        contactId: row.contact_id,
        displayName: row.display_name,
        lastPurchasedOn: row.last_on,
        purchases: row.frequency,
        totalMinor: row.monetary,
        recency: row.r,
        frequency: row.f,
        monetary: row.m,
        segment: row.segment,
      }));
    },
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
