import { afterEach, beforeEach, vi } from 'vitest';

/** A file the page handed to the browser to save. */
export interface CapturedDownload {
  fileName: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Catches the page's downloads (an object URL for a Blob, then a click on a link) in every test of
 * the file that calls it, instead of letting jsdom try to navigate.
 */
export function captureDownloads(): { blobs: Blob[]; last: () => Promise<CapturedDownload> } {
  const blobs: Blob[] = [];
  beforeEach(() => {
    blobs.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:fake/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());
  return {
    blobs,
    async last() {
      const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts.at(-1) as HTMLAnchorElement | undefined;
      const blob = blobs.at(-1);
      if (!blob || !link) throw new Error('nothing was downloaded');
      return { fileName: link.download, type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) };
    },
  };
}
