/**
 * Server-sent events from the HTTP host, with reconnection. EventSource retries by itself
 * after a dropped connection, but gives up for good when the server answers with an error
 * (for example while it restarts), so a closed stream is reopened here with a backoff.
 */
import type { Unsubscribe } from './transport';

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 15_000;

export interface EventStream {
  onMessage(listener: (data: unknown) => void): Unsubscribe;
  onReconnect(listener: () => void): Unsubscribe;
}

export function createEventStream(url: string): EventStream {
  const messageListeners = new Set<(data: unknown) => void>();
  const reconnectListeners = new Set<() => void>();
  let source: EventSource | null = null;
  let retryMs = FIRST_RETRY_MS;
  // Anything published between the page loading and the stream opening was missed, so the
  // first open counts as a reconnect too: listeners catch up once.
  let hadOutage = true;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function open(): void {
    source = new EventSource(url);
    source.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      if (hadOutage) reconnectListeners.forEach((listener) => listener());
      hadOutage = false;
    };
    source.onmessage = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return; // Not ours to interpret; the client validates what it does receive.
      }
      messageListeners.forEach((listener) => listener(data));
    };
    source.onerror = () => {
      hadOutage = true;
      if (source?.readyState !== EventSource.CLOSED) return; // The browser is retrying.
      source.close();
      source = null;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        open();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    };
  }

  function closeIfUnused(): void {
    if (messageListeners.size > 0 || reconnectListeners.size > 0) return;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    source?.close();
    source = null;
  }

  function ensureOpen(): void {
    if (!source && retryTimer === undefined) open();
  }

  return {
    onMessage(listener) {
      messageListeners.add(listener);
      ensureOpen();
      return () => {
        messageListeners.delete(listener);
        closeIfUnused();
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
        closeIfUnused();
      };
    },
  };
}
