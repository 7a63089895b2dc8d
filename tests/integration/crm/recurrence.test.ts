import { afterEach, describe, expect, it } from 'vitest';
import { occurrenceWithinRule } from '../../../main/core/reminders/recurrence';
import { parseLocal, formatLocal } from '../../../main/core/reminders/zoned-time';
import { RecurrenceSchema } from '../../../shared/domain/reminders';
import { openClockedDatabase, type ClockedDatabase } from './crm-helpers';

let t: ClockedDatabase;
afterEach(() => t?.close());

/** Completes the reminder n times and returns the wall-clock due time after each step. */
function completeTimes(id: string, times: number): string[] {
  const seen: string[] = [];
  for (let step = 0; step < times; step++) {
    const { value } = t.services.reminders.complete(id);
    seen.push(value.doneAt ? 'done' : value.dueLocal);
  }
  return seen;
}

describe('recurring reminders', () => {
  it('monthly from January 31 falls on the last day of shorter months and back on the 31st', async () => {
    t = await openClockedDatabase('2023-01-01T00:00:00Z');
    const { value } = t.services.reminders.create({ title: 'Invoice', dueLocal: '2024-01-31T10:00', recurrence: { freq: 'MONTHLY' } });
    expect(value.rrule).toBe('FREQ=MONTHLY');
    expect(completeTimes(value.id, 4)).toEqual(['2024-02-29T10:00', '2024-03-31T10:00', '2024-04-30T10:00', '2024-05-31T10:00']);
    // A common year: February 28.
    const common = t.services.reminders.create({ title: 'Rent', dueLocal: '2025-01-31T10:00', recurrence: { freq: 'MONTHLY' } }).value;
    expect(completeTimes(common.id, 2)).toEqual(['2025-02-28T10:00', '2025-03-31T10:00']);
  });

  it('BYMONTHDAY=-1 is the last day of every month, starting from the first month end on or after the start', async () => {
    t = await openClockedDatabase('2023-01-01T00:00:00Z');
    const { value } = t.services.reminders.create({ title: 'Close books', dueLocal: '2025-01-15T17:00', recurrence: { freq: 'MONTHLY', byMonthDay: -1 } });
    expect(value.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(value.dueLocal).toBe('2025-01-31T17:00');
    expect(completeTimes(value.id, 3)).toEqual(['2025-02-28T17:00', '2025-03-31T17:00', '2025-04-30T17:00']);
  });

  it('yearly from February 29 is February 28 in common years and February 29 in leap years', async () => {
    t = await openClockedDatabase('2023-01-01T00:00:00Z');
    const { value } = t.services.reminders.create({ title: 'Leap', dueLocal: '2024-02-29T09:00', recurrence: { freq: 'YEARLY' } });
    expect(completeTimes(value.id, 4)).toEqual(['2025-02-28T09:00', '2026-02-28T09:00', '2027-02-28T09:00', '2028-02-29T09:00']);
  });

  it('a daily 09:00 Europe/Bucharest reminder stays 09:00 local across both daylight-saving changes', async () => {
    t = await openClockedDatabase('2025-01-01T00:00:00Z');
    // Clocks go forward on Sunday 2025-03-30 (UTC+2 → UTC+3) and back on Sunday 2025-10-26.
    const spring = t.services.reminders.create({ title: 'Stand-up', dueLocal: '2025-03-29T09:00', recurrence: { freq: 'DAILY' } }).value;
    expect(spring.dueAt).toBe('2025-03-29T07:00:00.000Z');
    const afterSpring = t.services.reminders.complete(spring.id).value;
    expect(afterSpring.dueLocal).toBe('2025-03-30T09:00');
    expect(afterSpring.dueAt).toBe('2025-03-30T06:00:00.000Z');
    expect(t.services.reminders.complete(spring.id).value.dueAt).toBe('2025-03-31T06:00:00.000Z');

    const autumn = t.services.reminders.create({ title: 'Stand-up', dueLocal: '2025-10-25T09:00', recurrence: { freq: 'DAILY' } }).value;
    expect(autumn.dueAt).toBe('2025-10-25T06:00:00.000Z');
    const afterAutumn = t.services.reminders.complete(autumn.id).value;
    expect(afterAutumn.dueLocal).toBe('2025-10-26T09:00');
    expect(afterAutumn.dueAt).toBe('2025-10-26T07:00:00.000Z');
  });

  it('COUNT finishes the series after that many occurrences, UNTIL after the last date on or before it', async () => {
    t = await openClockedDatabase('2025-01-01T00:00:00Z');
    const counted = t.services.reminders.create({ title: 'Three times', dueLocal: '2025-02-01T08:00', recurrence: { freq: 'WEEKLY', count: 3 } }).value;
    expect(counted.rrule).toBe('FREQ=WEEKLY;COUNT=3');
    expect(completeTimes(counted.id, 3)).toEqual(['2025-02-08T08:00', '2025-02-15T08:00', 'done']);
    const until = t.services.reminders.create({
      title: 'Every 2 days',
      dueLocal: '2025-02-01T08:00',
      recurrence: { freq: 'DAILY', interval: 2, until: '2025-02-05' },
    }).value;
    expect(until.rrule).toBe('FREQ=DAILY;INTERVAL=2;UNTIL=20250205');
    expect(completeTimes(until.id, 3)).toEqual(['2025-02-03T08:00', '2025-02-05T08:00', 'done']);
  });

  it('skips occurrences missed while nobody looked (they count toward COUNT)', async () => {
    t = await openClockedDatabase('2025-01-01T00:00:00Z');
    const { value } = t.services.reminders.create({ title: 'Water plants', dueLocal: '2025-01-01T09:00', recurrence: { freq: 'DAILY', count: 10 } });
    t.clock.now = new Date('2025-01-05T12:00:00Z');
    expect(t.services.reminders.complete(value.id).value).toMatchObject({ dueLocal: '2025-01-06T09:00', occurrence: 5 });
  });

  it('computes occurrences from the series start, so nothing drifts', () => {
    const rule = RecurrenceSchema.parse({ freq: 'MONTHLY', interval: 1 });
    const start = parseLocal('2024-01-31T09:00');
    expect([0, 1, 2, 13].map((index) => formatLocal(occurrenceWithinRule(rule, start, index)!))).toEqual([
      '2024-01-31T09:00', '2024-02-29T09:00', '2024-03-31T09:00', '2025-02-28T09:00',
    ]);
  });
});
