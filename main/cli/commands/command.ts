import type { CliIo } from '../cli-io';

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;
