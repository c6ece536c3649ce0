// Where the main window reopens. Pure so the "monitor was unplugged" cases are unit-tested.
import type { WindowBounds } from '../core/settings/settings-store';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** How much of the title bar must be on a screen for a saved position to be reused. */
const MIN_VISIBLE_PX = 64;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function isUsableSize(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min;
}

/**
 * The size and position to open with. A saved position is dropped when no display shows enough of
 * the window's top strip (the display was unplugged or rearranged): the window would open off-screen.
 */
export function restoredBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rectangle[],
  minimum: { width: number; height: number },
): { width: number; height: number; x?: number; y?: number; maximised: boolean } {
  if (!saved || !isUsableSize(saved.width, minimum.width) || !isUsableSize(saved.height, minimum.height)) {
    return { ...DEFAULT_WINDOW_SIZE, maximised: saved?.maximised === true };
  }
  const size = { width: Math.round(saved.width), height: Math.round(saved.height), maximised: saved.maximised === true };
  if (typeof saved.x !== 'number' || typeof saved.y !== 'number' || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) return size;
  const titleStrip = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE_PX };
  const visible = workAreas.some((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= MIN_VISIBLE_PX && o.height >= MIN_VISIBLE_PX / 2;
  });
  return visible ? { ...size, x: Math.round(saved.x), y: Math.round(saved.y) } : size;
}

/** Calls `fn` once things have been quiet for `waitMs`; `flush` runs a pending call now (on close). */
export function debounce(fn: () => void, waitMs: number): { schedule(): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, waitMs);
    },
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      timer = null;
      fn();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
