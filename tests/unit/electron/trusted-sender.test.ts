import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike } from '../../../main/hosts/electron-ipc';
import { APP_ORIGIN } from '../../../main/electron/app-origin';

function frame(url: string, ids: { processId?: number; routingId?: number } = {}, parent: FrameLike | null = null): FrameLike {
  return { url, parent, processId: ids.processId ?? 4, routingId: ids.routingId ?? 1 };
}

const mainFrame = frame('app://rapport/index.html');

describe('isTrustedSender', () => {
  it('accepts our window main frame showing our origin, whatever the path, query or hash', () => {
    expect(isTrustedSender(mainFrame, mainFrame, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender(frame('app://rapport/'), mainFrame, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender(frame('app://rapport/index.html?x=1#/contacts/42'), mainFrame, APP_ORIGIN)).toBe(true);
  });

  it('refuses a subframe, even one at our own origin', () => {
    const child = frame('app://rapport/index.html', { routingId: 7 }, mainFrame);
    expect(isTrustedSender(child, mainFrame, APP_ORIGIN)).toBe(false);
    // A subframe that somehow carried the main frame's ids is still refused for having a parent.
    expect(isTrustedSender(frame('app://rapport/index.html', {}, mainFrame), mainFrame, APP_ORIGIN)).toBe(false);
  });

  it('refuses a top frame that is not our window (another window, devtools)', () => {
    expect(isTrustedSender(frame('app://rapport/index.html', { processId: 9 }), mainFrame, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(frame('app://rapport/index.html', { routingId: 2 }), mainFrame, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(frame('devtools://devtools/bundled/inspector.html', { processId: 11 }), mainFrame, APP_ORIGIN)).toBe(false);
  });

  it('refuses our main frame once it shows another origin', () => {
    for (const url of [
      'https://evil.example/',
      'http://rapport/index.html',
      'app://evil/index.html',
      'app://rapport.evil.example/index.html',
      'app://rapport:8080/index.html',
      'file:///work/main/dist/renderer/index.html',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(frame(url), mainFrame, APP_ORIGIN), url).toBe(false);
    }
  });

  it('refuses null and missing frames, and any caller when no window exists', () => {
    expect(isTrustedSender(null, mainFrame, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, mainFrame, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(mainFrame, null, APP_ORIGIN)).toBe(false);
  });
});
