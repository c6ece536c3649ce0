import type { auditActions } from '../../../../shared/domain/audit';
import { Field } from '../../components/Field';
import { actionLabels } from './AuditTable';
import { useAuditEntities } from './queries';

export type AuditAction = (typeof auditActions)[number];

export interface AuditFilterValues {
  /** '' for every record type; otherwise an entity name as stored in the log. */
  entity: string;
  action: '' | AuditAction;
  /** yyyy-mm-dd from the date inputs; '' for no limit. */
  from: string;
  to: string;
  search: string;
}

export const noAuditFilters: AuditFilterValues = { entity: '', action: '', from: '', to: '', search: '' };

// Plain words for the record types the app writes; a type added later falls back to its name.
const entityLabels: Record<string, string> = {
  organisation: 'Organisation',
  site: 'Sites',
  'activity-record': 'Activity records',
  import: 'Imports',
  'import-layout': 'Saved import layouts',
  'calculation-run': 'Recalculations',
  'emissions-settings': 'Calculation settings',
  'factor-set': 'Emission factor sets',
  instrument: 'Green electricity',
  'residual-mix': 'Residual mix',
  'published-report': 'Published reports',
  'report-export': 'Report downloads',
  'report-inputs': 'Report details',
  'reduction-action': 'Energy-saving actions',
  'reporting-year-metrics': 'Intensity figures (staff, turnover)',
  backup: 'Backups',
  'backup-settings': 'Backup settings',
  workspace: 'Restores and opened files',
  'workspace-export': 'Workspace exports',
};

export function entityLabel(entity: string): string {
  return entityLabels[entity] ?? entity.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (next: AuditFilterValues) => void }) {
  const entities = useAuditEntities();
  // Organisation and sites are always offered (every workspace has them); the rest as they appear in the log.
  const options = [...new Set(['organisation', 'site', ...(entities.data ?? []), ...(value.entity ? [value.entity] : [])])];
  const rangeBackwards = value.from !== '' && value.to !== '' && value.from > value.to;
  return (
    <div className="filters" role="search" aria-label="Filter the audit log">
      <Field label="Record type">
        {(control) => (
          <select {...control} value={value.entity} onChange={(e) => onChange({ ...value, entity: e.target.value })}>
            <option value="">All records</option>
            {options.map((entity) => (
              <option key={entity} value={entity}>
                {entityLabel(entity)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Action">
        {(control) => (
          <select {...control} value={value.action} onChange={(e) => onChange({ ...value, action: e.target.value as AuditFilterValues['action'] })}>
            <option value="">All actions</option>
            {(Object.keys(actionLabels) as AuditAction[]).map((action) => (
              <option key={action} value={action}>
                {actionLabels[action]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="From" hint="First day to show">
        {(control) => <input {...control} type="date" value={value.from} max={value.to || undefined} onChange={(e) => onChange({ ...value, from: e.target.value })} />}
      </Field>
      <Field label="To" hint="Last day to show" error={rangeBackwards ? 'Choose a day on or after the “From” day' : undefined}>
        {(control) => <input {...control} type="date" value={value.to} min={value.from || undefined} onChange={(e) => onChange({ ...value, to: e.target.value })} />}
      </Field>
      <Field label="Search" hint="Words in the description, or a record’s id">
        {(control) => <input {...control} type="search" value={value.search} maxLength={200} onChange={(e) => onChange({ ...value, search: e.target.value })} />}
      </Field>
    </div>
  );
}
