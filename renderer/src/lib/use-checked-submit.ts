import type { FormEvent } from 'react';
import { fieldErrorsOf } from './errors';
import { stripPrefix, type Checked } from './field-errors';
import type { FieldErrorState } from './use-field-errors';
import { FIRST_INVALID } from './use-focus-after-render';

/** What a save is told to call back: the shape of a TanStack Query `mutate` options object. */
export interface SaveCallbacks<R> {
  onSuccess: (result: R) => void;
  onError: (error: Error) => void;
}

export interface CheckedSubmitOptions<T, R> {
  /** The form as checked on the client. */
  checked: Checked<T>;
  errors: FieldErrorState;
  focusAfterRender: (selector: string) => void;
  /** A save is under way: another submit does nothing. */
  busy: boolean;
  /** Sends the checked value, e.g. `(value, callbacks) => create.mutate(value, callbacks)`. */
  save: (value: T, callbacks: SaveCallbacks<R>) => void;
  onSaved: (result: R) => void;
  /** A leading segment to drop from the server's field paths, where an update reports `site.postcode` and create `postcode`. */
  serverErrorPrefix?: string;
}

/**
 * The submit handler of a checked form: while any field is invalid, every message shows and focus
 * moves to the first invalid field; otherwise the value is saved, and the server's field messages,
 * if it refuses, show under their fields the same way.
 */
export function useCheckedSubmit<T, R>({
  checked,
  errors,
  focusAfterRender,
  busy,
  save,
  onSaved,
  serverErrorPrefix,
}: CheckedSubmitOptions<T, R>): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    if (busy) return;
    if (!checked.value) {
      errors.touch(...Object.keys(checked.errors));
      focusAfterRender(FIRST_INVALID);
      return;
    }
    save(checked.value, {
      onSuccess: onSaved,
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        errors.setServerErrors(serverErrorPrefix === undefined ? fields : stripPrefix(fields, serverErrorPrefix));
        focusAfterRender(FIRST_INVALID);
      },
    });
  };
}
