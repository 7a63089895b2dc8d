/**
 * A draggable, keyboard-operable divider between two panes (role="separator" with a value,
 * as the WAI-ARIA window splitter pattern describes). `growsTowardEnd` says which way the
 * controlled pane grows; in right-to-left layouts the pointer's direction is mirrored.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface PaneSplitterProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** True when dragging toward the inline end makes the pane bigger (the sidebar's splitter). */
  growsTowardEnd: boolean;
  onChange(value: number): void;
  /** Called once a drag or a key press is over: the time to remember the size. */
  onCommit(value: number): void;
}

const KEY_STEP = 16;

export function PaneSplitter({ label, value, min, max, growsTowardEnd, onChange, onCommit }: PaneSplitterProps) {
  const drag = useRef<{ startX: number; startValue: number; last: number } | null>(null);
  const clamp = (next: number) => Math.round(Math.max(min, Math.min(max, next)));

  function towardEnd(deltaX: number): number {
    return document.documentElement.dir === 'rtl' ? -deltaX : deltaX;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>): void {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startValue: value, last: value };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>): void {
    const state = drag.current;
    if (!state) return;
    const delta = towardEnd(event.clientX - state.startX);
    state.last = clamp(state.startValue + (growsTowardEnd ? delta : -delta));
    onChange(state.last);
  }

  function onPointerUp(): void {
    const state = drag.current;
    drag.current = null;
    if (state && state.last !== state.startValue) onCommit(state.last);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const rtl = document.documentElement.dir === 'rtl';
    // Arrow keys move the divider where the arrow points, whatever the reading direction.
    const visualRight = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next: number | null = null;
    if (visualRight !== 0) {
      const towardEndSteps = rtl ? -visualRight : visualRight;
      next = clamp(value + (growsTowardEnd ? towardEndSteps : -towardEndSteps) * KEY_STEP);
    } else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onChange(next);
    onCommit(next);
  }

  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
