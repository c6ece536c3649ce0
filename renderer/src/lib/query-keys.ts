import type { DataTopic, ProcedureInput } from '../../../shared/ipc/contract';

// Every key starts with the data topic it belongs to, so a `data.changed` event can invalidate
// a whole topic with one prefix match.
export const queryKeys = {
  currentWorkspace: ['workspace', 'current'] as const,
  recentWorkspaces: ['workspace', 'recent'] as const,
  organisation: ['organisation'] as const,
  sites: ['sites'] as const,
  audit: (query: ProcedureInput<'audit.list'>) => ['audit', query] as const,
  preferences: ['settings', 'preferences'] as const,
  instruments: ['instruments', 'list'] as const,
  residualMixes: ['instruments', 'residual-mix'] as const,
  // The factor library changes only when a workspace opens, which refetches everything anyway.
  factorSets: ['factors', 'sets'] as const,
  factorSearch: (query: ProcedureInput<'factors.search'>) => ['factors', 'search', query] as const,
  factor: (id: number) => ['factors', 'detail', id] as const,
  // Activity records, their figures, runs and restatements: all change with the emissions topic.
  emissionsSettings: ['emissions', 'settings'] as const,
  records: (query: ProcedureInput<'records.list'>) => ['emissions', 'records', query] as const,
  recordFigures: (recordId: string) => ['emissions', 'figures', recordId] as const,
  runs: ['emissions', 'runs'] as const,
  restatements: ['emissions', 'restatements'] as const,
  runDiff: (fromRunId: string, toRunId: string) => ['emissions', 'diff', fromRunId, toRunId] as const,
  // Import history and saved layouts change with the imports topic; known layouts never change.
  importHistory: ['imports', 'history'] as const,
  importMappings: ['imports', 'mappings'] as const,
  importProfiles: ['imports', 'profiles'] as const,
};

export function topicKey(topic: DataTopic): readonly [DataTopic] {
  return [topic];
}

/** Topics whose data belongs to one workspace file, dropped when another workspace opens. */
export const workspaceScopedTopics: readonly DataTopic[] = ['organisation', 'sites', 'audit', 'instruments', 'emissions', 'imports', 'reports'];
