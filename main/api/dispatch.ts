/**
 * The dispatcher: method name → validate input → handler → validate output →
 * `{ok, value}` or `{ok: false, error}`. Both hosts (Electron IPC and loopback HTTP) and the
 * CLI call this and nothing else, so validation cannot be skipped by any door.
 */
import { z } from 'zod';
import { contract, isMethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { RapportError, type ErrorPayload } from '../../shared/domain/errors';
import type { Handlers } from './handlers';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function describeIssues(error: z.ZodError): { message: string; details: { path: string; message: string }[] } {
  const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = details[0];
  const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input';
  return { message, details };
}

function toErrorPayload(error: unknown, method: string, log: (error: unknown) => void): ErrorPayload {
  if (error instanceof RapportError) return error.toPayload();
  if (error instanceof z.ZodError) {
    const { message, details } = describeIssues(error);
    return { code: 'INVALID_INPUT', message, details };
  }
  const sqliteCode = (error as { code?: string }).code;
  if (sqliteCode === 'SQLITE_BUSY') return { code: 'DATABASE_BUSY', message: 'The database is busy; try again in a moment.' };
  // Anything else is our bug: log it whole, show the person a sentence.
  log(error);
  return { code: 'INTERNAL', message: `Something went wrong in ${method}. Details were written to the log.` };
}

export function createDispatcher(handlers: Handlers, options: { log?: (error: unknown) => void } = {}): Dispatch {
  const log = options.log ?? ((error) => console.error(error));
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no method called ${JSON.stringify(method).slice(0, 100)}.` } };
    }
    const { input: inputSchema, output: outputSchema } = contract[method];
    const parsedInput = inputSchema.safeParse(input ?? {});
    if (!parsedInput.success) {
      const { message, details } = describeIssues(parsedInput.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: `${method}: ${message}`, details } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsedInput.data);
      // Output validation catches a service that drifted from the contract before the UI does.
      const checked = outputSchema.safeParse(value);
      if (!checked.success) {
        log(new Error(`${method} returned data that breaks the contract: ${describeIssues(checked.error).message}`));
        return { ok: false, error: { code: 'INTERNAL', message: `${method} returned data that does not match the contract.` } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error, method, log) };
    }
  };
}
