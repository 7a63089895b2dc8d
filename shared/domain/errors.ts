/**
 * Stable error codes. The renderer translates them; the message is for people who read
 * logs or the command line. Never rename a code: add a new one.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'DATABASE_FROM_NEWER_VERSION',
  'DATABASE_CORRUPT',
  'DATABASE_BUSY',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'UNSUPPORTED_FORMAT',
  'FILE_UNREADABLE',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The one error type services throw on purpose. Anything else becomes INTERNAL. */
export class RapportError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'RapportError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
