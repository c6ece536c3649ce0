import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface ModalDialogProps {
  /** The dialog's heading, which also names it for screen readers. */
  title: ReactNode;
  /** Added to the `dialog` class. */
  className?: string;
  /** Where focus starts when the dialog opens. */
  initialFocus: RefObject<HTMLElement | null>;
  /** Escape (the browser's cancel) calls this; the parent unmounts the dialog. */
  onClose: () => void;
  /** The id of the element that describes the dialog, if any. */
  describedBy?: string;
  children: ReactNode;
}

/**
 * A native <dialog> opened as a modal when it mounts (the browser traps focus, makes the page
 * behind inert and closes on Escape), with focus on `initialFocus`, closed when it unmounts.
 */
export function ModalDialog({ title, className, initialFocus, onClose, describedBy, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, [initialFocus]);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
