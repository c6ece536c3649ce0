import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal when it mounts (the browser traps focus, makes the page behind
 * inert and closes on Escape), puts focus on `initialFocus`, and closes it when it unmounts.
 */
export function useModalDialog(initialFocus: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, [initialFocus]);
  return dialogRef;
}
