import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../../shared/domain/audit';
import { auditLog } from '../db/schema';
import type { WorkspaceDb } from '../db/connection';

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId: string;
  summary: string;
  before: unknown;
  after: unknown;
}

/** Call inside the same transaction as the change it describes, so neither exists without the other. */
export function recordAudit(db: WorkspaceDb, actor: string, at: Date, record: AuditRecord): void {
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      actor,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      summary: record.summary,
      beforeJson: record.before == null ? null : JSON.stringify(record.before),
      afterJson: record.after == null ? null : JSON.stringify(record.after),
    })
    .run();
}

export function listAudit(
  db: WorkspaceDb,
  query: { entity?: string | undefined; action?: AuditAction | undefined; limit: number; offset: number },
): { entries: AuditEntry[]; total: number } {
  const filters: SQL[] = [];
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  const where = filters.length ? and(...filters) : undefined;
  const rows = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      summary: r.summary,
      before: r.beforeJson == null ? null : (JSON.parse(r.beforeJson) as unknown),
      after: r.afterJson == null ? null : (JSON.parse(r.afterJson) as unknown),
    })),
  };
}
