import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so the same inputs always hash the same, written in
 * pieces so a large value never has to be one JavaScript string.
 */
export function writeCanonicalJson(value: unknown, write: (piece: string) => void): void {
  if (value === null || typeof value !== 'object') {
    write(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      if (i > 0) write(',');
      writeCanonicalJson(item, write);
    });
    write(']');
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  write('{');
  entries.forEach(([k, v], i) => {
    write(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
    writeCanonicalJson(v, write);
  });
  write('}');
}

/** SHA-256 of the canonical JSON, fed to the hash in 64 KB pieces. */
export function canonicalSha256(value: unknown): string {
  const hash = createHash('sha256');
  let buffered = '';
  writeCanonicalJson(value, (piece) => {
    buffered += piece;
    if (buffered.length >= 65_536) {
      hash.update(buffered);
      buffered = '';
    }
  });
  return hash.update(buffered).digest('hex');
}
