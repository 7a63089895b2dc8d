import { afterEach, describe, expect, it } from 'vitest';
import { ReminderScheduler, type SchedulerClock } from '../../../main/core/reminders/reminder-scheduler';
import type { AppEvent } from '../../../shared/api/events';
import { addContact, openClockedDatabase, type ClockedDatabase } from './crm-helpers';

let t: ClockedDatabase;
afterEach(() => t?.close());

/** A clock whose timers the test fires by hand. */
function manualClock(state: { now: Date }): SchedulerClock & { timers: { at: number; callback: () => void }[] } {
  const timers: { at: number; callback: () => void }[] = [];
  return {
    timers,
    now: () => state.now,
    setTimeout: (callback, ms) => {
      const timer = { at: state.now.getTime() + ms, callback };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      const index = timers.indexOf(handle as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
  };
}

describe('stay-in-touch cadences', () => {
  it('fall due when last contact + cadence lapses, on a contact or through a tag (the tightest wins)', async () => {
    t = await openClockedDatabase('2025-01-01T10:00:00Z');
    const ana = addContact(t, 'Ana', '', { tags: ['weekly'] });
    const dan = addContact(t, 'Dan');
    const eva = addContact(t, 'Eva', '', { tags: ['weekly'] });
    const weekly = t.services.tags.list().find((tag) => tag.name === 'weekly')!.id;
    t.services.reminders.setCadence({ tagId: weekly, days: 7 });
    t.services.reminders.setCadence({ contactId: dan, days: 30 });
    t.services.reminders.setCadence({ contactId: eva, days: 3 });
    expect(t.services.reminders.cadences().map((cadence) => [cadence.kind, cadence.name, cadence.days])).toEqual([
      ['tag', 'weekly', 7], ['contact', 'Dan', 30], ['contact', 'Eva', 3],
    ]);
    t.services.activities.create({ kind: 'call', occurredAt: '2025-01-01T10:00:00Z', contactIds: [ana, dan, eva] });

    t.clock.now = new Date('2025-01-05T10:00:00Z');
    const cadenceIds = (): (string | null)[] =>
      [...t.services.reminders.today().overdue, ...t.services.reminders.today().today].filter((item) => item.source === 'cadence').map((item) => item.contactId);
    expect(cadenceIds()).toEqual([eva]); // Eva's own 3 days beat the tag's 7.
    t.clock.now = new Date('2025-01-09T10:00:00Z');
    expect(cadenceIds()).toEqual([eva, ana]);
    expect(t.services.contacts.list({ filter: { query: 'due:overdue' } }).items.map((item) => item.displayName)).toEqual(['Ana', 'Eva']);
    // A call resets it.
    t.services.activities.create({ kind: 'call', contactIds: [ana] });
    expect(cadenceIds()).toEqual([eva]);
    t.clock.now = new Date('2025-02-01T10:00:00Z');
    expect(cadenceIds()).toEqual([eva, ana, dan]); // due Jan 4, Jan 16, Jan 31
    t.services.reminders.setCadence({ contactId: eva, days: null });
    t.services.reminders.setCadence({ tagId: weekly, days: null });
    expect(cadenceIds()).toEqual([dan]);
  });
});

describe('birthdays and anniversaries', () => {
  it('become yearly follow-ups by themselves; February 29 falls on February 28 in common years', async () => {
    t = await openClockedDatabase('2025-02-27T08:00:00Z');
    addContact(t, 'Leap', '', { birthday: { year: 1996, month: 2, day: 29 } });
    addContact(t, 'March', '', { birthday: { year: null, month: 3, day: 2 }, anniversary: { year: 2015, month: 2, day: 28 } });
    const today = t.services.reminders.today({ days: 7 });
    expect(today.today).toEqual([]);
    expect(today.upcoming.map((item) => [item.source, item.title, item.dueLocal, item.years])).toEqual([
      ['anniversary', 'March’s anniversary', '2025-02-28T09:00', 10],
      ['birthday', 'Leap’s birthday', '2025-02-28T09:00', 29],
      ['birthday', 'March’s birthday', '2025-03-02T09:00', null],
    ]);
    // In a leap year the birthday is on the 29th itself.
    t.clock.now = new Date('2028-02-28T08:00:00Z');
    expect(t.services.reminders.today({ days: 2 }).upcoming.filter((item) => item.source === 'birthday').map((item) => item.dueLocal)).toEqual(['2028-02-29T09:00']);
  });
});

describe('the Today view', () => {
  it('splits stored reminders into overdue, today and upcoming in the user’s zone, snoozed ones at their snooze', async () => {
    t = await openClockedDatabase('2025-06-10T09:30:00Z'); // 12:30 in Bucharest
    const ana = addContact(t, 'Ana');
    const make = (title: string, dueLocal: string): string => t.services.reminders.create({ title, dueLocal, contactId: ana }).value.id;
    make('last week', '2025-06-03T10:00');
    make('this morning', '2025-06-10T08:00');
    make('tonight', '2025-06-10T23:30');
    make('in three days', '2025-06-13T10:00');
    make('next month', '2025-07-10T10:00');
    const snoozed = make('snoozed to tomorrow', '2025-06-01T10:00');
    t.services.reminders.snooze({ id: snoozed, until: '2025-06-11T07:00:00Z' });
    const done = make('done', '2025-06-09T10:00');
    t.services.reminders.complete(done);
    const view = t.services.reminders.today({ days: 7 });
    expect(view.date).toBe('2025-06-10');
    expect(view.overdue.map((item) => item.title)).toEqual(['last week']);
    expect(view.today.map((item) => item.title)).toEqual(['this morning', 'tonight']);
    expect(view.upcoming.map((item) => item.title)).toEqual(['snoozed to tomorrow', 'in three days']);
    expect(view.today[0]).toMatchObject({ contactName: 'Ana', source: 'manual', dueLocal: '2025-06-10T08:00' });
    // The dashboard's counts, computed in SQL, agree with the lists.
    expect(t.services.reminders.todayCounts({ days: 7 })).toEqual({ overdue: 1, today: 2, upcoming: 2 });
  });
});

describe('due notifications', () => {
  it('shows what fell due while the app was closed, once each; snoozing and the next occurrence notify again', async () => {
    t = await openClockedDatabase('2025-03-01T08:00:00Z');
    const ana = addContact(t, 'Ana', '', { birthday: { year: null, month: 3, day: 3 } });
    const once = t.services.reminders.create({ title: 'Send offer', dueLocal: '2025-03-02T09:00', contactId: ana }).value;
    const daily = t.services.reminders.create({ title: 'Check inbox', dueLocal: '2025-03-03T08:00', recurrence: { freq: 'DAILY' } }).value;
    t.services.reminders.create({ title: 'Later', dueLocal: '2025-03-20T09:00' });

    // The app opens on the 4th: three things fell due while it was closed.
    t.clock.now = new Date('2025-03-04T12:00:00Z');
    const events: AppEvent[] = [];
    const clock = manualClock(t.clock);
    const scheduler = new ReminderScheduler(t.services.reminders, (event) => events.push(event), { clock });
    scheduler.start();
    expect(events.map((event) => (event.type === 'reminderDue' ? event.title : event.type))).toEqual(['Send offer', 'Check inbox', 'Ana’s birthday']);
    expect(t.services.reminders.get(once.id).notifiedAt).toBe('2025-03-04T12:00:00.000Z');
    // Shown once: a second check finds nothing.
    expect(scheduler.check()).toEqual([]);
    expect(t.services.reminders.due()).toEqual([]);
    // Marking notified is not an undo step of the user's: Ctrl+Z still undoes the last thing they did.
    expect(t.services.history.undo().label).toBe('Undo Add reminder Later');

    // The scheduler sleeps until the next stored reminder, at most its cap.
    expect(clock.timers).toHaveLength(1);
    expect(clock.timers[0]!.at - t.clock.now.getTime()).toBe(15 * 60_000);

    // Finishing the daily one moves it to tomorrow 08:00 local, which notifies afresh.
    t.services.reminders.complete(daily.id);
    scheduler.reschedule();
    expect(clock.timers[0]!.at).toBe(Math.min(Date.parse('2025-03-05T06:00:00Z'), t.clock.now.getTime() + 15 * 60_000));
    t.clock.now = new Date('2025-03-05T06:00:00Z');
    clock.timers.shift()!.callback();
    expect(events.filter((event) => event.type === 'reminderDue').map((event) => (event.type === 'reminderDue' ? event.title : ''))).toEqual([
      'Send offer', 'Check inbox', 'Ana’s birthday', 'Check inbox',
    ]);

    // Snoozing asks to be told again later.
    t.services.reminders.snooze({ id: once.id, minutes: 30 });
    expect(t.services.reminders.due()).toEqual([]);
    t.clock.now = new Date('2025-03-05T06:30:00Z');
    expect(t.services.reminders.due().map((item) => item.title)).toEqual(['Send offer']);
    t.services.reminders.markNotified([once.id]);
    expect(t.services.reminders.due()).toEqual([]);
    scheduler.stop();
    expect(clock.timers).toHaveLength(0);
  });
});
