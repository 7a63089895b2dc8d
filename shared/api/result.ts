import type { ErrorPayload } from '../domain/errors';

/** Every API answer, over IPC and HTTP alike. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
