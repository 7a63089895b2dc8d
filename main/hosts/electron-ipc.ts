/**
 * The Electron IPC host: the same dispatcher as the HTTP host, behind one ipcMain channel.
 *
 * Electron itself is never imported here (only main/electron may), so ipcMain and the
 * window's webContents arrive as parameters typed by the few members we use. That keeps
 * the sender check a pure function the unit tests can run without Electron.
 */
import type { AppEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';

/** renderer → main: `invoke(method, input)`, answered with an ApiResult. */
export const INVOKE_CHANNEL = 'rapport:invoke';
/** main → renderer: one AppEvent per message. */
export const EVENT_CHANNEL = 'rapport:event';

/** The members of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

/** The members of Electron's IpcMainInvokeEvent we read. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<ApiResult<unknown>>;

/** The members of Electron's ipcMain we use. */
export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
  removeHandler(channel: string): void;
}

/** The members of Electron's WebContents the event sender uses. */
export interface EventTargetLike {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Where the app's own pages live, e.g. `{ protocol: 'app:', host: 'rapport' }` for app://rapport/. */
export interface AppOrigin {
  protocol: string;
  host: string;
}

/** True for a URL on the app's own origin (e.g. app://rapport/…). */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare protocol and host rather than URL.origin: for custom schemes WHATWG URL reports
  // the origin as "null", which would make every custom-scheme page look alike.
  return parsed.protocol === origin.protocol && parsed.host === origin.host;
}

/**
 * True only for the top frame of our window, showing a page from our own origin.
 * Like VS Code's validateSender: an iframe, a page that navigated away, a devtools
 * extension or any other webContents must not reach the database.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined, origin: AppOrigin): boolean {
  if (!frame || !mainFrame) return false;
  if (frame.parent !== null) return false;
  // The frame must be our window's main frame, not merely some top frame at the same origin
  // (a second window or a devtools page could otherwise pass).
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return isAppUrl(frame.url, origin);
}

export interface IpcHostOptions {
  ipcMain: IpcMainLike;
  dispatch: Dispatch;
  /** The main frame of the one window allowed to call; null while no window exists. */
  getMainFrame: () => FrameLike | null;
  origin: AppOrigin;
  /** Told about refused calls, which are either a bug or an attack: both worth a log line. */
  onRefused?: (frameUrl: string | null, method: unknown) => void;
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Rapport window.' },
};

/** Registers the invoke handler; returns a function that removes it. */
export function registerIpcHost(options: IpcHostOptions): () => void {
  const { ipcMain, dispatch, getMainFrame, origin } = options;
  ipcMain.handle(INVOKE_CHANNEL, async (event, method, input) => {
    if (!isTrustedSender(event.senderFrame, getMainFrame(), origin)) {
      options.onRefused?.(event.senderFrame?.url ?? null, method);
      return FORBIDDEN;
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'The method name must be a string.' } };
    }
    return dispatch(method, input);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/**
 * Sends AppEvents to the window. Events raised while no window exists (or while it is
 * closing) are dropped: the renderer reloads its data when it starts anyway.
 */
export function createEventSender(getTarget: () => EventTargetLike | null): (event: AppEvent) => void {
  return (event) => {
    const target = getTarget();
    if (!target || target.isDestroyed()) return;
    target.send(EVENT_CHANNEL, event);
  };
}
