import { readSettings } from '../settings/settings-service';
import type { CoreContext } from '../context';
import { formatLocalDate, instantToLocal, systemTimeZone } from './zoned-time';

/** The zone wall-clock times are kept in: the one chosen in settings, else the system's. */
export function userTimeZone(ctx: CoreContext): string {
  return readSettings(ctx).timeZone ?? systemTimeZone();
}

/** Today's date where the user is (a deal closed at 00:30 in Bucharest closed on that day). */
export function localToday(ctx: CoreContext, now: Date = ctx.now()): string {
  return formatLocalDate(instantToLocal(now, userTimeZone(ctx)));
}
