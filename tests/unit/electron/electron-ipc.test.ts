/**
 * The IPC host against a stand-in for Electron's ipcMain (Electron cannot run here) and the
 * real dispatcher from startRuntime on a real database file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../../main/api/runtime';
import { APP_ORIGIN } from '../../../main/electron/app-origin';
import {
  createEventSender,
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  registerIpcHost,
  type FrameLike,
  type InvokeListener,
  type IpcMainLike,
} from '../../../main/hosts/electron-ipc';
import type { AppEvent } from '../../../shared/api/events';
import { makeTempDir } from '../../support/test-database';

/** Behaves like ipcMain.handle/removeHandler: one handler per channel, a second one is an error. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke(channel, ...args) does from the given frame. */
  invoke(senderFrame: FrameLike | null, channel: string, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame }, ...args);
  }
}

class FakeWebContents {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

const mainFrame: FrameLike = { url: 'app://rapport/index.html', parent: null, processId: 3, routingId: 1 };

let dir: string;
let runtime: Runtime;
let ipcMain: FakeIpcMain;
let webContents: FakeWebContents;
let windowOpen: boolean;
let refused: { frameUrl: string | null; method: unknown }[];
let unregister: () => void;

beforeEach(async () => {
  dir = makeTempDir('rapport-ipc-');
  ipcMain = new FakeIpcMain();
  webContents = new FakeWebContents();
  windowOpen = true;
  refused = [];
  runtime = await startRuntime({
    databasePath: path.join(dir, 'rapport.sqlite'),
    host: { version: '9.9.9', host: 'electron' },
    emit: createEventSender(() => (windowOpen ? webContents : null)),
  });
  unregister = registerIpcHost({
    ipcMain,
    dispatch: runtime.dispatch,
    getMainFrame: () => (windowOpen ? mainFrame : null),
    origin: APP_ORIGIN,
    onRefused: (frameUrl, method) => refused.push({ frameUrl, method }),
  });
});

afterEach(() => {
  runtime.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function contactCount(): Promise<unknown> {
  const result = await runtime.dispatch('contacts.count', {});
  return result.ok ? result.value : result.error;
}

describe('registerIpcHost', () => {
  it('registers one handler on rapport:invoke and removes it again', () => {
    expect([...ipcMain.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('routes calls from our main frame to the dispatcher and the real database', async () => {
    const info = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9', databasePath: path.join(dir, 'rapport.sqlite') } });

    const created = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'contacts.create', { given: 'Ioana', family: 'Marin' });
    expect(created).toMatchObject({ ok: true, value: { value: { displayName: 'Ioana Marin' } } });
    const listed = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'contacts.list', {});
    expect(listed.ok && (listed.value as { items: { displayName: string }[] }).items.map((item) => item.displayName)).toEqual(['Ioana Marin']);
  });

  it('leaves input validation to the dispatcher', async () => {
    const invalid = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'contacts.get', { id: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'fs.readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const notAName = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, { toString: () => 'app.info' }, {});
    expect(notAName).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses other senders with FORBIDDEN before anything reaches the database', async () => {
    const iframe: FrameLike = { url: 'app://rapport/index.html', parent: mainFrame, processId: 3, routingId: 5 };
    const navigatedAway: FrameLike = { ...mainFrame, url: 'https://evil.example/' };
    const otherWindow: FrameLike = { ...mainFrame, processId: 8 };
    for (const frame of [iframe, navigatedAway, otherWindow, null]) {
      const answer = await ipcMain.invoke(frame, INVOKE_CHANNEL, 'contacts.create', { given: 'Mallory' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await contactCount()).toBe(0);
    expect(refused.map((entry) => entry.frameUrl)).toEqual(['app://rapport/index.html', 'https://evil.example/', 'app://rapport/index.html', null]);
  });

  it('refuses everyone while no window exists', async () => {
    windowOpen = false;
    const answer = await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'app.info', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('createEventSender', () => {
  it('sends the runtime\'s AppEvents to the window on rapport:event', async () => {
    await ipcMain.invoke(mainFrame, INVOKE_CHANNEL, 'contacts.create', { given: 'Radu' });
    const events = webContents.sent.filter((message) => message.channel === EVENT_CHANNEL).map((message) => message.args[0] as AppEvent);
    expect(events.length).toBeGreaterThan(0);
    expect(events).toContainEqual(expect.objectContaining({ type: 'dataChanged', entities: expect.arrayContaining(['contacts']) }));
    expect(webContents.sent.every((message) => message.channel === EVENT_CHANNEL && message.args.length === 1)).toBe(true);
  });

  it('drops events when the window is gone or being destroyed', () => {
    const send = createEventSender(() => (windowOpen ? webContents : null));
    windowOpen = false;
    send({ type: 'command', command: 'undo' });
    windowOpen = true;
    webContents.destroyed = true;
    send({ type: 'command', command: 'redo' });
    expect(webContents.sent).toEqual([]);
    webContents.destroyed = false;
    send({ type: 'command', command: 'find' });
    expect(webContents.sent).toEqual([{ channel: EVENT_CHANNEL, args: [{ type: 'command', command: 'find' }] }]);
  });
});
