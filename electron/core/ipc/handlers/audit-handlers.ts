import { auditCsv, auditCsvFileName } from '../../audit/audit-csv';
import { allAudit, auditEntityNames } from '../../audit/audit-repository';
import { workspaceBaseName } from '../../backups/backup-files';
import type { HandlerGroup } from '../types';

export const auditHandlers: HandlerGroup<'audit.exportCsv' | 'audit.entities'> = {
  'audit.exportCsv': (input, ctx) => {
    const ws = ctx.workspaces.require();
    const entries = allAudit(ws.db, input);
    return { fileName: auditCsvFileName(workspaceBaseName(ws.path), ctx.now()), csv: auditCsv(entries), entries: entries.length };
  },
  'audit.entities': (_input, ctx) => auditEntityNames(ctx.workspaces.require().db),
};
