import { useId, useRef, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: unknown;
  errorTitle?: string;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind inert and closes on
 * Escape. Focus starts on Cancel, the safe choice for a destructive action.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy = false, error, errorTitle }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();

  return (
    <ModalDialog title={title} initialFocus={cancelRef} onClose={onCancel} describedBy={bodyId}>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      {error ? <ErrorBanner title={errorTitle ?? 'That did not work'} error={error} /> : null}
      <div className="dialog-actions">
        <Button ref={cancelRef} onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
