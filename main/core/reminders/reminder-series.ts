/**
 * Where a reminder's series stands: the UTC instant of its current occurrence is derived
 * from the wall-clock series start, the occurrence index and the zone, never stored alone.
 */
import type { Recurrence } from '../../../shared/domain/reminders';
import { alignSeriesStart, occurrenceWithinRule } from './recurrence';
import { formatLocal, localToInstant, parseLocal, type LocalDateTime } from './zoned-time';

export interface SeriesStart {
  seriesStart: string;
  dueAt: string;
}

export function startSeries(requested: LocalDateTime, rule: Recurrence | null, zone: string): SeriesStart {
  const start = rule ? alignSeriesStart(rule, requested) : requested;
  return { seriesStart: formatLocal(start), dueAt: localToInstant(start, zone).toISOString() };
}

export type Advance = { finished: true } | { finished: false; occurrence: number; dueAt: string };

/**
 * The occurrence after the current one that is still ahead of `now`: occurrences missed
 * while nobody looked are skipped (they still count toward COUNT), so finishing a daily
 * reminder after a holiday does not bring back every day of it.
 */
export function advanceSeries(rule: Recurrence, seriesStart: string, occurrence: number, zone: string, now: Date): Advance {
  const start = parseLocal(seriesStart);
  for (let index = occurrence + 1; ; index++) {
    const local = occurrenceWithinRule(rule, start, index);
    if (!local) return { finished: true };
    const dueAt = localToInstant(local, zone);
    // The bound keeps a rule with a far-past start from looping for long.
    if (dueAt.getTime() > now.getTime() || index - occurrence > 100_000) return { finished: false, occurrence: index, dueAt: dueAt.toISOString() };
  }
}
