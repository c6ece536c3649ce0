// Pure helpers behind the workspace dialogs: what the renderer sends is untrusted, so it is reduced
// to a short plain name before it reaches a path.
import { WORKSPACE_EXTENSION } from '../core/workspaces/workspace-session';

const MAX_NAME_LENGTH = 120;

/** The organisation name the renderer suggests for a new workspace file, made safe to put in a path. */
export function suggestedWorkspaceName(input: unknown): string {
  if (typeof input !== 'string') return 'workspace';
  // Path separators and control characters would let the "name" pick a folder; drop them.
  const cleaned = input.replace(/[\\/\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'workspace' : cleaned;
}

/** Save dialogs on Linux do not append the filter's extension: add it so the file is recognisable. */
export function withWorkspaceExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? path : `${path}${WORKSPACE_EXTENSION}`;
}

export const WORKSPACE_FILE_FILTERS = [{ name: 'CarbonRecycling workspace', extensions: [WORKSPACE_EXTENSION.slice(1)] }];
