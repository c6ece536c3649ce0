import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { desktopApi } from '../../lib/desktop';
import { judgeDroppedFile } from './file-drop';
import { useOpenWorkspace } from './mutations';

/**
 * Files dropped anywhere on the window. Without this the browser (and Electron) would navigate to
 * the file; main refuses that navigation, so the drop would just vanish.
 */
export function FileDropZone({ children }: { children: ReactNode }) {
  const open = useOpenWorkspace();
  const [message, setMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      // A drop target inside the page (the Import files drop zone) took it: no window outline.
      if (event.defaultPrevented) {
        setDragging(false);
        return;
      }
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented) {
        setDragging(false);
        return;
      }
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      setDragging(false);
      const desktop = desktopApi();
      const verdict = judgeDroppedFile(file.name, desktop ? () => desktop.pathForDroppedFile(file) : null);
      if (verdict.kind === 'refused') {
        setMessage(verdict.message);
        return;
      }
      setMessage(null);
      open.mutate(verdict.path, { onError: (error) => setMessage(error.message) });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return (
    <div className={dragging ? 'file-drop file-drop-active' : 'file-drop'}>
      {message ? (
        <div className="file-drop-message">
          <ErrorBanner title="That file was not opened" error={message}>
            <Button variant="secondary" onClick={() => setMessage(null)}>
              Dismiss
            </Button>
          </ErrorBanner>
        </div>
      ) : null}
      {children}
    </div>
  );
}
