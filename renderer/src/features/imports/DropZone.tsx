import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from '../../components/Button';
import { classNames } from '../../lib/class-names';
import { ACCEPTED_FILE_TYPES } from './read-file';

export interface DropZoneProps {
  onFile: (file: File, note: string | null) => void;
  busy: boolean;
  /** Smaller once a file is on screen: it stays to drop the next one. */
  compact: boolean;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Drop a file here, or choose one with a real file input behind a visible button (keyboard and
 * screen-reader users get the button; the input stays out of the tab order). Drops are handled
 * here, not by the window-wide workspace drop handler: preventDefault tells it so.
 */
export function DropZone({ onFile, busy, compact }: DropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const titleId = useId();
  const hintId = useId();

  function take(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    onFile(file, files.length > 1 ? `Only ${file.name} was read: import one file at a time.` : null);
  }

  return (
    <div
      className={classNames('import-drop-zone', dragging && 'import-drop-zone-active', compact && 'import-drop-zone-compact')}
      data-testid="import-drop-zone"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        event.stopPropagation();
        setDragging(false);
        if (!busy) take(event.dataTransfer.files);
      }}
    >
      <p id={titleId} className="import-drop-title">
        Drop a CSV file here, or choose a file
      </p>
      <p id={hintId} className="import-drop-hint">
        A CSV or text file up to 25 MB: a supplier’s bill or meter export, a fuel card statement, or the activity CSV template (see the end of this page).
      </p>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_FILE_TYPES}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file chosen again (after fixing it) must fire change again.
          event.currentTarget.value = '';
        }}
      />
      <Button variant={compact ? 'secondary' : 'primary'} busy={busy} aria-describedby={`${titleId} ${hintId}`} onClick={() => inputRef.current?.click()}>
        {compact ? 'Choose another file…' : 'Choose a file…'}
      </Button>
    </div>
  );
}
