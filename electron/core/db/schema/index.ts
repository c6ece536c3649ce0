export { workspaceMeta, organisations, sites } from './workspace';
export { auditLog } from './audit';
export { factorSets, factors } from './factors';
export { activityRecords } from './activities';
export { scope2Instruments, residualMixFactors } from './scope2';
export { calculationRuns, emissionFigures, figureDetails, restatements } from './calculations';
export { importFiles, importRejects, intervalDays, intervalReadings, savedMappings } from './imports';
export { reportingYearMetrics, reductionActions, reportInputs, publishedReports } from './reports';
export { factorRollups, figureRollups, meterMonths } from './rollups';
