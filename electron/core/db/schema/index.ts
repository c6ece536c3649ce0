export { workspaceMeta, organisations, sites } from './workspace';
export { auditLog } from './audit';
export { factorSets, factors } from './factors';
