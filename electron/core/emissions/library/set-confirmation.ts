import { eq, like } from 'drizzle-orm';
import type { AuditRecord } from '../../audit/audit-repository';
import type { WorkspaceDb } from '../../db/connection';
import { workspaceMeta } from '../../db/schema';
import { AppFailure } from '../../errors';

export interface SetConfirmation {
  by: string;
  at: string;
  /** What the set was checked against, in the user's words. */
  note: string;
}

// Kept beside the set rather than in it: the loaded factors stay exactly as shipped, and the
// confirmation is this workspace's own judgement, recorded with who made it and why.
const KEY_PREFIX = 'factor_set_confirmed:';

export function readSetConfirmations(db: WorkspaceDb): Map<string, SetConfirmation> {
  const rows = db.select().from(workspaceMeta).where(like(workspaceMeta.key, `${KEY_PREFIX}%`)).all();
  return new Map(rows.map((r) => [r.key.slice(KEY_PREFIX.length), JSON.parse(r.value) as SetConfirmation]));
}

/** A person confirms an unverified set (e.g. the SIC spend factors) after checking it against the official publication. */
export function confirmFactorSet(
  db: WorkspaceDb,
  set: { id: string; verified: boolean; title: string },
  confirmation: SetConfirmation,
  audit: (record: AuditRecord) => void,
): void {
  if (set.verified) throw new AppFailure('CONFLICT', `${set.title} is already verified; there is nothing to confirm.`);
  const key = `${KEY_PREFIX}${set.id}`;
  if (db.select().from(workspaceMeta).where(eq(workspaceMeta.key, key)).get()) {
    throw new AppFailure('CONFLICT', `${set.title} has already been confirmed in this workspace.`);
  }
  db.insert(workspaceMeta).values({ key, value: JSON.stringify(confirmation) }).run();
  audit({ action: 'update', entity: 'factor-set', entityId: set.id, summary: `Confirmed factor set ${set.id} as checked`, before: { verified: false }, after: { verified: true, ...confirmation } });
}
