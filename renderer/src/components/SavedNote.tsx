export interface SavedNoteProps {
  show: boolean;
  text?: string;
}

/** A polite live region that is always present, so the message is announced when it appears. */
export function SavedNote({ show, text = 'Saved' }: SavedNoteProps) {
  return (
    <p role="status" className="saved-note">
      {show ? text : null}
    </p>
  );
}
