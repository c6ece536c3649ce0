// Saving a file the backend produced (a report, an evidence file, a workspace export, a CSV)
// through the browser's download: a Blob URL, so nothing leaves the computer. In the desktop app
// Electron shows its save dialog for the same download.

/** Starts the download of a Blob made of `parts`. */
export function downloadBlob(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
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

/** Bytes sent over the contract as base64, saved exactly as they are. */
export function downloadBase64(fileName: string, contentBase64: string, type = 'application/octet-stream'): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, [bytes], type);
}
