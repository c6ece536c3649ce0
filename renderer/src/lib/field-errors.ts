import type { z } from 'zod';

/** Problems keyed by dotted path (`sites.0.postcode`), the same shape as the backend's VALIDATION fields. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A form checked on the client: the normalised values to send, or null while any field is invalid. */
export interface Checked<T> {
  value: T | null;
  errors: FieldErrors;
}

export function zodFieldErrors(error: z.ZodError, prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    fields[key || '_'] ??= issue.message;
  }
  return fields;
}

/** Drops a leading path segment: `site.postcode` → `postcode` (the shape of sites.update errors). */
export function stripPrefix(fields: FieldErrors, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    out[key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : key] = message;
  }
  return out;
}
