export { workspaceMeta, organisations, sites } from './workspace';
export { auditLog } from './audit';
