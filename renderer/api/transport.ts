import type { MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/** Something the renderer can subscribe to; returns the function that unsubscribes. */
export type Unsubscribe = () => void;

/**
 * How calls and events travel: over Electron IPC (the preload bridge) or over the
 * loopback HTTP host. Events arrive unchecked (`unknown`); the client validates them.
 */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(method: MethodName, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: unknown) => void): Unsubscribe;
  /** Called when the event stream connects or comes back from an outage: events may have been missed. */
  onReconnect(listener: () => void): Unsubscribe;
}
