import { and, asc, count, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditFilter } from '../../../shared/domain/audit';
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

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** LIKE with the user's % and _ taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function auditWhere(query: AuditFilter): SQL | undefined {
  const filters: SQL[] = [];
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  // `at` is an ISO UTC timestamp, so whole days compare as strings.
  if (query.from) filters.push(gte(auditLog.at, query.from));
  if (query.to) filters.push(lt(auditLog.at, nextDay(query.to)));
  if (query.search) {
    const pattern = containing(query.search);
    const matches = or(sql`${auditLog.summary} LIKE ${pattern} ESCAPE '\\'`, sql`${auditLog.entityId} LIKE ${pattern} ESCAPE '\\'`);
    if (matches) filters.push(matches);
  }
  return filters.length ? and(...filters) : undefined;
}

function toEntry(r: typeof auditLog.$inferSelect): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    summary: r.summary,
    before: r.beforeJson == null ? null : (JSON.parse(r.beforeJson) as unknown),
    after: r.afterJson == null ? null : (JSON.parse(r.afterJson) as unknown),
  };
}

/** Every matching entry, oldest first (the order an auditor reads a log in), for the CSV export. */
export function allAudit(db: WorkspaceDb, query: AuditFilter): AuditEntry[] {
  return db.select().from(auditLog).where(auditWhere(query)).orderBy(asc(auditLog.id)).all().map(toEntry);
}

export function auditEntityNames(db: WorkspaceDb): string[] {
  return db.selectDistinct({ entity: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)).all().map((r) => r.entity);
}

export function listAudit(
  db: WorkspaceDb,
  query: AuditFilter & { limit: number; offset: number },
): { entries: AuditEntry[]; total: number } {
  const where = auditWhere(query);
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
    entries: rows.map(toEntry),
  };
}
