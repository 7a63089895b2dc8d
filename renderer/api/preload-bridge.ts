/**
 * The one module that knows about `window.rapport`, the object Electron's preload exposes
 * through contextBridge. Everything else reaches the main process through the client.
 */
import type { MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Transport } from './transport';

interface PreloadBridge {
  invoke(method: MethodName, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    rapport?: PreloadBridge;
  }
}

export function createPreloadTransport(): Transport | null {
  const bridge = window.rapport;
  if (!bridge) return null;
  return {
    kind: 'electron',
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
    // IPC does not drop events while the window lives, so there is nothing to catch up on.
    onReconnect: () => () => {},
  };
}
