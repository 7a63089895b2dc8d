/**
 * The window's size and position, remembered between launches in a small JSON file in
 * userData. Everything read back is distrusted: the file may be hand-edited or damaged,
 * and the monitor it was saved on may be gone, so a bad or off-screen value falls back to
 * a default on a display the person can actually see.
 *
 * Pure functions on plain data; window.ts feeds them Electron's screen and BrowserWindow.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent means "let the system place the window". */
  bounds: Rectangle | { width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
}

/** The member of Electron's Display we use. */
export interface DisplayLike {
  workArea: Rectangle;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 720, height: 480 };
/** Beyond any real monitor: a larger number is a corrupt file, not a wish. */
const MAX_EXTENT = 100_000;
/** How much of the title bar must be on a display for the window to be reachable. */
const MIN_VISIBLE = 64;

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { ...DEFAULT_SIZE }, maximized: false, fullScreen: false };

function isFiniteInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Turns whatever the file held into a WindowState, or null when it is unusable. */
export function validateWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const bounds = record.bounds as Record<string, unknown> | undefined;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { width, height, x, y } = bounds;
  if (!isFiniteInRange(width, 1, MAX_EXTENT) || !isFiniteInRange(height, 1, MAX_EXTENT)) return null;
  const size = { width: Math.round(width), height: Math.round(height) };
  const hasPosition = isFiniteInRange(x, -MAX_EXTENT, MAX_EXTENT) && isFiniteInRange(y, -MAX_EXTENT, MAX_EXTENT);
  return {
    bounds: hasPosition ? { x: Math.round(x), y: Math.round(y), ...size } : size,
    maximized: record.maximized === true,
    fullScreen: record.fullScreen === true,
  };
}

export function readWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return validateWindowState(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Written through a temporary file so a crash mid-write never leaves half a JSON file. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clampSize(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  };
}

/**
 * Fits saved bounds to the displays present now. A window whose title bar is still
 * visible on some display keeps its place (shrunk to that display if larger); one that is
 * lost entirely is centred on the first display. No position in → no position out.
 */
export function clampToDisplays(state: WindowState, displays: readonly DisplayLike[]): WindowState {
  const primary = displays[0];
  if (!primary) return state;
  const { bounds } = state;
  if (!('x' in bounds)) return { ...state, bounds: clampSize(bounds, primary.workArea) };

  const titleBar: Rectangle = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, MIN_VISIBLE) };
  const home = displays.find((display) => {
    const seen = overlap(titleBar, display.workArea);
    return seen.width >= Math.min(MIN_VISIBLE, bounds.width) && seen.height > 0;
  });
  if (!home) {
    const area = primary.workArea;
    const size = clampSize(bounds, area);
    return {
      ...state,
      bounds: {
        x: area.x + Math.round((area.width - size.width) / 2),
        y: area.y + Math.round((area.height - size.height) / 2),
        ...size,
      },
    };
  }
  const area = home.workArea;
  const size = clampSize(bounds, area);
  // Keep the window inside its display so the title bar can be grabbed.
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - size.width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - size.height);
  return { ...state, bounds: { x, y, ...size } };
}

/** The state to open with: saved and fitted to today's displays, or the default. */
export function loadWindowState(file: string, displays: readonly DisplayLike[]): WindowState {
  return clampToDisplays(readWindowState(file) ?? DEFAULT_WINDOW_STATE, displays);
}
