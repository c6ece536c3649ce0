import { useCallback, useState } from 'react';
import type { FieldErrors } from './field-errors';

export interface FieldErrorState {
  /** The message to show under a field now, if any. */
  errorFor(key: string): string | undefined;
  /** For every invalid field on a submit attempt: from then on its message shows, and updates live. */
  touch(...keys: string[]): void;
  /** On change: the server's message for that field no longer applies. */
  edited(key: string): void;
  setServerErrors(fields: FieldErrors): void;
  reset(): void;
}

/**
 * Live validation without nagging: a field's message appears when the person tries to continue,
 * then updates (and clears) as they type. Not on blur: a message appearing on blur moves the
 * button being clicked between mouse down and mouse up, and the click is lost.
 * Server messages show until the field is edited.
 */
export function useFieldErrors(clientErrors: FieldErrors): FieldErrorState {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [server, setServer] = useState<FieldErrors>({});

  const errorFor = (key: string) => (touched.has(key) ? clientErrors[key] : undefined) ?? server[key];

  const touch = useCallback((...keys: string[]) => {
    setTouched((prev) => (keys.every((k) => prev.has(k)) ? prev : new Set([...prev, ...keys])));
  }, []);
  const edited = useCallback((key: string) => {
    setServer((prev) => {
      if (!(key in prev)) return prev;
      const next = { ...prev };
      delete next[key];
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    setTouched(new Set());
    setServer({});
  }, []);

  return { errorFor, touch, edited, setServerErrors: setServer, reset };
}
