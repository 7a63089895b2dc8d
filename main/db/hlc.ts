/**
 * A hybrid logical clock: timestamps that follow wall time where they can but never go
 * backwards and always order causally (a change made after receiving another sorts after
 * it), even when a laptop's clock is wrong by days.
 *
 * Text form, comparable as plain strings: `<ms, 15 digits>-<counter, 6 digits>-<device id>`.
 */
export interface HlcParts {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function formatHlc({ wallMs, counter, deviceId }: HlcParts): string {
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
}

export function parseHlc(text: string): HlcParts {
  const match = /^(\d{15})-(\d{6})-(.+)$/.exec(text);
  if (!match) throw new Error(`not a hybrid logical clock timestamp: ${text}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), deviceId: match[3]! };
}

export class HybridLogicalClock {
  private wallMs = 0;
  private counter = 0;

  constructor(
    readonly deviceId: string,
    private readonly readWallClock: () => number = Date.now,
  ) {}

  /** A timestamp for a local event. */
  now(): string {
    const physical = this.readWallClock();
    if (physical > this.wallMs) {
      this.wallMs = physical;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return formatHlc({ wallMs: this.wallMs, counter: this.counter, deviceId: this.deviceId });
  }

  /** Moves the clock past a timestamp seen from elsewhere (a stored row or another machine). */
  observe(remote: string): void {
    const { wallMs, counter } = parseHlc(remote);
    if (wallMs > this.wallMs || (wallMs === this.wallMs && counter > this.counter)) {
      this.wallMs = wallMs;
      this.counter = counter;
    }
  }
}
