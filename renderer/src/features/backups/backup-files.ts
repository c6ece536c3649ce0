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

/** Saves bytes (sent as base64) as a download; nothing leaves the computer. */
export function downloadBase64(fileName: string, contentBase64: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the Blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
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
