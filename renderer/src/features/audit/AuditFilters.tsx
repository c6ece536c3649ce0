import type { auditActions } from '../../../../shared/domain/audit';
import { Field } from '../../components/Field';
import { actionLabels } from './AuditTable';

export type AuditAction = (typeof auditActions)[number];

export interface AuditFilterValues {
  entity: '' | 'organisation' | 'site';
  action: '' | AuditAction;
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (next: AuditFilterValues) => void }) {
  return (
    <div className="filters" role="search" aria-label="Filter the audit log">
      <Field label="Record type">
        {(control) => (
          <select {...control} value={value.entity} onChange={(e) => onChange({ ...value, entity: e.target.value as AuditFilterValues['entity'] })}>
            <option value="">All records</option>
            <option value="organisation">Organisation</option>
            <option value="site">Sites</option>
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
    </div>
  );
}
