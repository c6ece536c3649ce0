import type { ReactNode } from 'react';

/**
 * Text for screen readers only, e.g. to make "Edit" buttons say which site they edit. Keep a real
 * space outside it (`Edit <VisuallyHidden>{name}</VisuallyHidden>`): name algorithms differ on
 * whether whitespace inside it counts.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
