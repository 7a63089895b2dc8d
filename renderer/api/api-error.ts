import type { ErrorCode, ErrorPayload } from '../../shared/domain/errors';

/** A `{ok: false}` answer, thrown so callers can use try/catch and still read the code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.details = payload.details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The field problems an INVALID_INPUT answer carries (see describeIssues in the dispatcher). */
export interface FieldIssue {
  path: string;
  message: string;
}

export function fieldIssues(error: unknown): FieldIssue[] {
  if (!isApiError(error) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (detail: unknown): detail is FieldIssue =>
      typeof detail === 'object' &&
      detail !== null &&
      typeof (detail as Record<string, unknown>).path === 'string' &&
      typeof (detail as Record<string, unknown>).message === 'string',
  );
}
