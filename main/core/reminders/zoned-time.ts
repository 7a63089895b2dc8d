/**
 * Wall-clock time in an IANA zone, with nothing but Intl. A reminder is set for "09:00 in
 * Bucharest", not for an instant: the instant is derived from the wall time each time, so
 * it moves by an hour across daylight-saving changes and the wall time does not.
 */
export interface LocalDateTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The system's zone; UTC when the runtime cannot tell. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall time an instant shows in a zone. */
export function instantToLocal(instant: Date, zone: string): LocalDateTime & { second: number } {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  const local = instantToLocal(new Date(instantMs), zone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a wall time happens in a zone. A time skipped by a spring-forward gap
 * (02:30 when clocks jump from 02:00 to 03:00) happens at the same distance after the
 * gap (03:30), as a person would expect; a time that happens twice in the autumn takes
 * the first.
 */
export function localToInstant(local: LocalDateTime, zone: string): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = zoneOffsetMs(naive - 86_400_000, zone);
  const after = zoneOffsetMs(naive + 86_400_000, zone);
  // Try the earlier offset first (the larger one in the autumn: the first 02:30).
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = naive - offset;
    if (zoneOffsetMs(candidate, zone) === offset) return new Date(candidate);
  }
  // In a gap: neither offset maps back. Use the offset from before the gap, which lands after it.
  return new Date(naive - before);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatLocal(local: LocalDateTime): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`;
}

export function formatLocalDate(local: { year: number; month: number; day: number }): string {
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

export function parseLocal(text: string): LocalDateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text);
  if (!match) throw new Error(`not a local time: ${text}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: Number(match[4]), minute: Number(match[5]) };
}

/** The instants a local calendar day starts and ends (next day's start) in a zone. */
export function localDayBounds(date: { year: number; month: number; day: number }, zone: string): { start: Date; end: Date } {
  const start = localToInstant({ ...date, hour: 0, minute: 0 }, zone);
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  const end = localToInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 }, zone);
  return { start, end };
}
