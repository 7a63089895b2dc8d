/**
 * The typed API client: the renderer's only door to the main process. Method names,
 * inputs and outputs come from shared/api/contract, so a call that does not match the
 * contract does not compile.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { AppEventSchema, type AppEvent } from '../../shared/api/events';
import { ApiError } from './api-error';
import { chooseTransport } from './choose-transport';
import type { Transport, Unsubscribe } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Every AppEvent; once connected and after a lost connection, also a dataChanged for everything, so views catch up. */
  subscribe(listener: (event: AppEvent) => void): Unsubscribe;
}

const EVERYTHING_CHANGED: AppEvent = {
  type: 'dataChanged',
  entities: ['contacts', 'organizations', 'tags', 'savedSearches', 'settings'],
  changeSetId: null,
};

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport.invoke(method, input);
      if (!result.ok) throw new ApiError(result.error);
      // The dispatcher validated this value against the same contract before sending it.
      return result.value as MethodOutput<typeof method>;
    },
    subscribe(listener) {
      const stopEvents = transport.onEvent((raw) => {
        const parsed = AppEventSchema.safeParse(raw);
        if (parsed.success) listener(parsed.data);
      });
      const stopReconnect = transport.onReconnect(() => listener(EVERYTHING_CHANGED));
      return () => {
        stopEvents();
        stopReconnect();
      };
    },
  };
}

let defaultClient: ApiClient | undefined;

/** The client of this window, made on first use (the transport reads the page's URL once). */
export function apiClient(): ApiClient {
  defaultClient ??= createApiClient(chooseTransport());
  return defaultClient;
}

/** Shorthand for the common case: `api.call('contacts.get', { id })`. */
export const api: ApiClient = {
  call: (method, input) => apiClient().call(method, input),
  subscribe: (listener) => apiClient().subscribe(listener),
};
