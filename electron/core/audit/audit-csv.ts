import Papa from 'papaparse';
import type { AuditEntry } from '../../../shared/domain/audit';
import { FORMULA_START } from '../../../shared/domain/formula-safety';

const COLUMNS = ['when_utc', 'who', 'action', 'record_type', 'record_id', 'what', 'before_json', 'after_json'];

/**
 * The audit log as CSV for an auditor or accountant. Summaries quote names people typed and
 * imported files' names, so cells are formula-escaped with the same rule as every CSV the app writes.
 */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.actor,
    e.action,
    e.entity,
    e.entityId,
    e.summary,
    e.before == null ? '' : JSON.stringify(e.before),
    e.after == null ? '' : JSON.stringify(e.after),
  ]);
  return Papa.unparse({ fields: COLUMNS, data: rows }, { escapeFormulae: FORMULA_START });
}

export function auditCsvFileName(organisationSlug: string, now: Date): string {
  return `${organisationSlug}-audit-log-${now.toISOString().slice(0, 10)}.csv`;
}
