import type { Handlers } from '../types';
import { factorHandlers } from './factor-handlers';
import { emissionsHandlers } from './emissions-handlers';
import { calculationHandlers } from './calculation-handlers';
import { importHandlers } from './import-handlers';
import { organisationHandlers } from './organisation-handlers';
import { scope2Handlers } from './scope2-handlers';
import { settingsHandlers } from './settings-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...organisationHandlers,
  ...settingsHandlers,
  ...scope2Handlers,
  ...calculationHandlers,
  ...importHandlers,
  ...factorHandlers,
  ...emissionsHandlers,
};
