/**
 * Raises a 'reminderDue' event for each follow-up as it falls due, once. A host (Electron,
 * the HTTP server) starts it after opening the database and stops it before closing.
 *
 * On start it checks at once, so what fell due while the app was closed is shown first.
 * Then it sleeps until the next stored reminder is due, but never longer than `maxSleepMs`:
 * derived follow-ups (birthdays, cadences) and wall-clock jumps (a laptop waking from sleep)
 * are caught by the next wake-up rather than by a timer computed before them.
 */
import type { AppEvent } from '../../../shared/api/events';
import type { FollowUp } from '../../../shared/domain/reminders';

export interface SchedulerClock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the scheduler needs of the reminders service (so tests may pass the real one). */
export interface DueSource {
  due(input: { now: string }): FollowUp[];
  markNotified(ids: readonly string[]): unknown;
  nextDueAt(now: Date): string | null;
}

export interface ReminderSchedulerOptions {
  clock?: SchedulerClock;
  maxSleepMs?: number;
  onError?: (error: unknown) => void;
}

/** setTimeout takes at most a signed 32-bit delay; longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class ReminderScheduler {
  private handle: unknown = null;
  private running = false;
  private readonly clock: SchedulerClock;
  private readonly maxSleepMs: number;

  constructor(
    private readonly source: DueSource,
    private readonly emit: (event: AppEvent) => void,
    private readonly options: ReminderSchedulerOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.maxSleepMs = Math.min(options.maxSleepMs ?? 15 * 60_000, MAX_TIMER_MS);
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  /** Call when reminders change: a new one due sooner than the current timer must not wait for it. */
  reschedule(): void {
    if (this.running) this.scheduleNext();
  }

  /** Emits every follow-up due now and not yet shown, marks them shown, and returns them. */
  check(): FollowUp[] {
    const due = this.source.due({ now: this.clock.now().toISOString() });
    for (const item of due) this.emit({ type: 'reminderDue', reminderId: item.id, title: item.title, dueAt: item.dueAt });
    if (due.length > 0) this.source.markNotified(due.map((item) => item.id));
    return due;
  }

  private tick(): void {
    this.handle = null;
    if (!this.running) return;
    try {
      this.check();
    } catch (error) {
      // A busy or closing database must not kill the timer: try again at the next wake-up.
      this.options.onError?.(error);
    }
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    const now = this.clock.now().getTime();
    let next: string | null = null;
    try {
      next = this.source.nextDueAt(new Date(now));
    } catch (error) {
      this.options.onError?.(error);
    }
    const delay = next === null ? this.maxSleepMs : Math.min(Math.max(0, Date.parse(next) - now), this.maxSleepMs);
    this.handle = this.clock.setTimeout(() => this.tick(), delay);
  }
}
