import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export const FIRST_INVALID = '[aria-invalid="true"]';

/**
 * Moves focus inside a container after the next render: to the first invalid field once its
 * message is on screen (so a screen reader reads both), or to whatever just appeared.
 */
export function useFocusAfterRender<T extends HTMLElement>(): {
  containerRef: RefObject<T | null>;
  focusAfterRender: (selector: string, fallback?: string) => void;
} {
  const containerRef = useRef<T | null>(null);
  const [request, setRequest] = useState<{ selector: string; fallback: string | undefined } | null>(null);

  useEffect(() => {
    if (!request) return;
    const container = containerRef.current;
    const target =
      container?.querySelector<HTMLElement>(request.selector) ??
      (request.fallback ? container?.querySelector<HTMLElement>(request.fallback) : null);
    target?.focus();
  }, [request]);

  const focusAfterRender = useCallback((selector: string, fallback?: string) => setRequest({ selector, fallback }), []);
  return { containerRef, focusAfterRender };
}
