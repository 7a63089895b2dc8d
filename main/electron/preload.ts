/**
 * The preload, bundled to dist/electron/preload.cjs and run sandboxed. It exposes exactly
 * two functions as window.rapport; the page never sees ipcRenderer, so it cannot open
 * other channels, and listeners never receive Electron's event object (which carries
 * `sender`, i.e. ipcRenderer again).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../hosts/electron-ipc';

/** The shape of window.rapport, for the renderer's API client. */
export interface RapportBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Returns a function that unsubscribes. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

const bridge: RapportBridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input) as Promise<ApiResult<unknown>>,
  onEvent(listener) {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    const relay = (_event: IpcRendererEvent, appEvent: AppEvent): void => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('rapport', bridge);
