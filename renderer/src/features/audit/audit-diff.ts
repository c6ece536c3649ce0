import type { AuditEntry } from '../../../../shared/domain/audit';
import { countryName } from '../../lib/countries';
import { monthName } from '../../lib/dates';

export interface DiffRow {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

const labels: Record<string, string> = {
  name: 'Name',
  companiesHouseNumber: 'Companies House number',
  reportingYearStartMonth: 'Reporting year starts in',
  baseYear: 'Base year',
  country: 'Country',
  postcode: 'Postcode',
  floorAreaM2: 'Floor area (m²)',
};

// Identifiers and timestamps are noise here: the row already says when the change happened.
const hiddenFields = new Set(['id', 'organisationId', 'createdAt', 'updatedAt']);

const EMPTY = '—';

function labelFor(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return labels[field] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatAuditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field === 'reportingYearStartMonth' && typeof value === 'number' && value >= 1 && value <= 12) return monthName(value);
  if (field === 'country' && typeof value === 'string') return countryName(value);
  if (field === 'floorAreaM2' && typeof value === 'number') return `${new Intl.NumberFormat('en-GB').format(value)} m²`;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/**
 * Before and after, field by field. An update lists only what changed; a creation or deletion
 * lists every field, with the missing side empty.
 */
export function diffRows(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): DiffRow[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !hiddenFields.has(f));
  const rows = fields.map((field) => {
    const b = formatAuditValue(field, before[field]);
    const a = formatAuditValue(field, after[field]);
    return { field, label: labelFor(field), before: entry.before === null ? EMPTY : b, after: entry.after === null ? EMPTY : a, changed: b !== a };
  });
  return entry.action === 'update' ? rows.filter((row) => row.changed) : rows;
}
