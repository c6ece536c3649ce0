import type { BackupKind } from '../../../../shared/domain/backups';
import { readFileAsBase64 } from '../imports/read-file';

export const kindLabels: Record<BackupKind, string> = {
  daily: 'Automatic (daily)',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
  'pre-migration': 'Before an app update',
};

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A workspace file read for upload, gzip-compressed where the browser can (Chromium and Electron
 * can): workspaces are mostly text tables and shrink about 8×, so they fit the local server's limit.
 */
export async function readWorkspaceFile(file: File): Promise<{ compression: 'gzip' | 'none'; contentBase64: string }> {
  if (typeof CompressionStream === 'function' && typeof file.stream === 'function') {
    const compressed = await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).blob();
    return { compression: 'gzip', contentBase64: await readFileAsBase64(compressed) };
  }
  return { compression: 'none', contentBase64: await readFileAsBase64(file) };
}
