/**
 * A one-line progress bar on standard error, redrawn in place; only on a terminal, so a
 * redirected run stays clean.
 */
import type { CliIo } from './cli-io';

const WIDTH = 30;

export function createProgressBar(io: CliIo) {
  let drawn = false;
  return {
    update(done: number, total: number | null, counts: Record<string, number>): void {
      if (!io.isTty) return;
      const fraction = total ? Math.min(1, done / total) : 0;
      const filled = Math.round(fraction * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const summary = `read ${counts.read ?? 0} · created ${counts.created ?? 0} · merged ${counts.merged ?? 0} · skipped ${counts.skipped ?? 0} · failed ${counts.failed ?? 0}`;
      io.stderr(`\r${bar} ${Math.round(fraction * 100)}%  ${summary}`);
      drawn = true;
    },
    finish(): void {
      if (drawn) io.stderr('\n');
      drawn = false;
    },
  };
}
