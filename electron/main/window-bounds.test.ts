import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_SIZE, debounce, restoredBounds } from './window-bounds';

const minimum = { width: 960, height: 640 };
const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restored window bounds', () => {
  it('uses defaults the first time', () => {
    expect(restoredBounds(null, [laptop], minimum)).toEqual({ ...DEFAULT_WINDOW_SIZE, maximised: false });
  });

  it('reuses a saved position that is still on a screen', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximised: false };
    expect(restoredBounds(saved, [laptop, rightMonitor], minimum)).toEqual(saved);
  });

  it('keeps the size but lets the OS place the window when its monitor is gone', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximised: true };
    expect(restoredBounds(saved, [laptop], minimum)).toEqual({ width: 1400, height: 900, maximised: true });
  });

  it('drops a title bar that is above the top of every screen', () => {
    const saved = { x: 100, y: -500, width: 1400, height: 900, maximised: false };
    expect(restoredBounds(saved, [laptop], minimum)).not.toHaveProperty('y');
  });

  it('ignores sizes below the minimum or not numbers at all (hand-edited settings)', () => {
    expect(restoredBounds({ width: 10, height: 10, maximised: false }, [laptop], minimum)).toMatchObject(DEFAULT_WINDOW_SIZE);
    const junk = { width: 'wide', height: null, maximised: false } as unknown as Parameters<typeof restoredBounds>[0];
    expect(restoredBounds(junk, [laptop], minimum)).toMatchObject(DEFAULT_WINDOW_SIZE);
  });
});

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after a burst, and flush runs a pending call at once', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const saver = debounce(fn, 500);
    saver.schedule();
    saver.schedule();
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    saver.schedule();
    saver.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    saver.flush();
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
