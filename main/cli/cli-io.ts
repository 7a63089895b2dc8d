/**
 * What a command needs from the outside world, passed in so tests can run the real CLI
 * in-process and read what it printed.
 */
export interface CliIo {
  stdout: (text: string) => void;
  /** Raw bytes to standard output (a Windows-1252 export must not be re-encoded). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** True when standard output is a terminal (progress bars only then). */
  isTty: boolean;
}

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
