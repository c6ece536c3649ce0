import type { ButtonHTMLAttributes, Ref } from 'react';
import { classNames } from '../lib/class-names';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  /** Work in progress: announced, and clicks are ignored, but the button keeps focus. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

// type defaults to "button" so a button inside a form never submits it by accident.
export function Button({ variant = 'secondary', type = 'button', busy = false, className, onClick, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames('button', `button-${variant}`, className)}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
}
