import type { Handlers } from '../types';
import { factorHandlers } from './factor-handlers';
import { emissionsHandlers } from './emissions-handlers';
import { calculationHandlers } from './calculation-handlers';
import { importHandlers } from './import-handlers';
import { organisationHandlers } from './organisation-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { reportHandlers } from './report-handlers';
import { sampleHandlers } from './sample-handlers';
import { scope2Handlers } from './scope2-handlers';
import { settingsHandlers } from './settings-handlers';
import { workspaceHandlers } from './workspace-handlers';
import { auditHandlers } from './audit-handlers';
import { backupHandlers } from './backup-handlers';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...sampleHandlers,
  ...organisationHandlers,
  ...reportHandlers,
  ...settingsHandlers,
  ...scope2Handlers,
  ...calculationHandlers,
  ...importHandlers,
  ...factorHandlers,
  ...emissionsHandlers,
  ...dashboardHandlers,
  ...auditHandlers,
  ...backupHandlers,
};
