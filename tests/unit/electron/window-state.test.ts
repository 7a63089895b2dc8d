import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_SIZE,
  readWindowState,
  validateWindowState,
  writeWindowState,
  type DisplayLike,
} from '../../../main/electron/window-state';
import { makeTempDir } from '../../support/test-database';

const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const monitorOnTheRight: DisplayLike = { workArea: { x: 1440, y: 0, width: 2560, height: 1415 } };

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir('rapport-window-state-');
  file = path.join(dir, 'window-state.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('reading and writing', () => {
  it('round-trips a saved state through the JSON file', () => {
    const state = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true, fullScreen: false };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it('creates the folder when it does not exist yet', () => {
    const nested = path.join(dir, 'a', 'b', 'window-state.json');
    writeWindowState(nested, DEFAULT_WINDOW_STATE);
    expect(readWindowState(nested)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('returns null for a missing, empty, truncated or non-JSON file', () => {
    expect(readWindowState(file)).toBeNull();
    for (const text of ['', '{"bounds": {"width": 10', 'hello', 'null', '[]', '42']) {
      fs.writeFileSync(file, text);
      expect(readWindowState(file), text).toBeNull();
    }
  });
});

describe('validateWindowState', () => {
  it('rejects sizes that are missing, not numbers, not finite, zero, negative or absurd', () => {
    for (const bounds of [
      {},
      { width: '800', height: 600 },
      { width: 800 },
      { width: 0, height: 600 },
      { width: -800, height: 600 },
      { width: 1e9, height: 600 },
      { width: Number.NaN, height: 600 },
    ]) {
      expect(validateWindowState({ bounds }), JSON.stringify(bounds)).toBeNull();
    }
    expect(validateWindowState({})).toBeNull();
  });

  it('keeps a valid size but drops a position that is not a pair of sane numbers', () => {
    expect(validateWindowState({ bounds: { width: 900.4, height: 600.6, x: 'left', y: 10 } })).toEqual({
      bounds: { width: 900, height: 601 },
      maximized: false,
      fullScreen: false,
    });
    expect(validateWindowState({ bounds: { width: 900, height: 600, x: 1e12, y: 0 } })?.bounds).toEqual({ width: 900, height: 600 });
  });

  it('accepts flags only when they are literally true', () => {
    const state = validateWindowState({ bounds: { width: 900, height: 600 }, maximized: 'yes', fullScreen: 1 });
    expect(state).toMatchObject({ maximized: false, fullScreen: false });
  });
});

describe('clampToDisplays', () => {
  it('leaves a window that fits its display where it was', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('moves a window saved on a monitor that is now unplugged back onto the remaining display', () => {
    const state = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximized: true, fullScreen: false };
    const clamped = clampToDisplays(state, [laptop]);
    expect(clamped.maximized).toBe(true);
    expect(clamped.bounds).toEqual({ x: 120, y: 38, width: 1200, height: 800 });
  });

  it('shrinks a window larger than its display and keeps it inside', () => {
    const state = { bounds: { x: 1300, y: -20, width: 3000, height: 2000 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('pulls a window hanging off the edge of its display fully onto it', () => {
    const state = { bounds: { x: 1300, y: 800, width: 1000, height: 700 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [laptop]).bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('treats a window with only a sliver of title bar on screen as lost, and centres it', () => {
    const state = { bounds: { x: 1400, y: 800, width: 1000, height: 700 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [laptop]).bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
  });

  it('never makes a window smaller than the minimum unless the display itself is smaller', () => {
    const tiny = { bounds: { width: 10, height: 10 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(tiny, [laptop]).bounds).toEqual({ width: MIN_SIZE.width, height: MIN_SIZE.height });
    const oldScreen: DisplayLike = { workArea: { x: 0, y: 0, width: 640, height: 400 } };
    expect(clampToDisplays(tiny, [oldScreen]).bounds).toEqual({ width: 640, height: 400 });
  });

  it('changes nothing when no display is known', () => {
    const state = { bounds: { x: -5000, y: 0, width: 800, height: 600 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [])).toEqual(state);
  });
});

describe('loadWindowState', () => {
  it('falls back to the default size for a damaged file', () => {
    fs.writeFileSync(file, '{"bounds": "huge"}');
    expect(loadWindowState(file, [laptop])).toEqual({ bounds: { width: 1200, height: 800 }, maximized: false, fullScreen: false });
  });

  it('reads, validates and clamps in one step', () => {
    fs.writeFileSync(file, JSON.stringify({ bounds: { x: 5000, y: 5000, width: 800, height: 600 }, fullScreen: true }));
    expect(loadWindowState(file, [laptop])).toEqual({ bounds: { x: 320, y: 138, width: 800, height: 600 }, maximized: false, fullScreen: true });
  });
});
