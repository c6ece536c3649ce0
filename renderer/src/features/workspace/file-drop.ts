/** What a dropped file means to the app today: a workspace to open, or something we explain. */
export type DropVerdict =
  | { kind: 'open-workspace'; path: string }
  | { kind: 'refused'; message: string };

export const WORKSPACE_FILE_EXTENSION = '.sqlite';

export function judgeDroppedFile(fileName: string, pathOf: (() => string) | null): DropVerdict {
  if (!fileName.toLowerCase().endsWith(WORKSPACE_FILE_EXTENSION)) {
    const importHint = /\.(csv|txt)$/i.test(fileName)
      ? ' To import bills or data, drop the file on the drop zone of the Import files page.'
      : /\.crworkspace$/i.test(fileName)
        ? ' A .crworkspace file someone sent you is copied in, not opened in place: use "Open a file you were sent" on the welcome screen, or "Open a workspace file" under Settings › Backups.'
        : '';
    return { kind: 'refused', message: `"${fileName}" is not a workspace file. Only CarbonRecycling workspaces (.sqlite files) can be dropped here.${importHint}` };
  }
  if (!pathOf) {
    return {
      kind: 'refused',
      message: 'The browser cannot tell the app where a dropped file lives. Open workspaces from the Welcome screen, or use the desktop app.',
    };
  }
  const path = pathOf();
  return path ? { kind: 'open-workspace', path } : { kind: 'refused', message: `Could not find where "${fileName}" is saved.` };
}
