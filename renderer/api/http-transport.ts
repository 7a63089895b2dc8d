/**
 * Calls and events over the loopback HTTP host (the browser build, and the e2e suite).
 * Every request carries the session token; the answer is the same ApiResult as over IPC.
 */
import type { ApiResult } from '../../shared/api/result';
import { createEventStream } from './event-stream';
import { sessionToken } from './session-token';
import type { Transport } from './transport';

function apiUrl(path: string): string {
  return new URL(`api/${path}`, `${window.location.origin}/`).toString();
}

function unreachable(message: string): ApiResult<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

export function createHttpTransport(): Transport {
  const token = sessionToken() ?? '';
  const events = createEventStream(`${apiUrl('events')}?token=${encodeURIComponent(token)}`);
  return {
    kind: 'http',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(apiUrl(encodeURIComponent(method)), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return unreachable(`Rapport is not reachable (${error instanceof Error ? error.message : String(error)}).`);
      }
      try {
        // The host answers errors with an ApiResult too (401, 413, …), so the body is read either way.
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return unreachable(`Rapport answered ${response.status} without a result.`);
      }
    },
    onEvent: (listener) => events.onMessage(listener),
    onReconnect: (listener) => events.onReconnect(listener),
  };
}
