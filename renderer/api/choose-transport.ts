import { createHttpTransport } from './http-transport';
import { createPreloadTransport } from './preload-bridge';
import type { Transport } from './transport';

/** Inside Electron the preload bridge is there; in a browser the page was served by the HTTP host. */
export function chooseTransport(): Transport {
  return createPreloadTransport() ?? createHttpTransport();
}
