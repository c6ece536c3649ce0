import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';

// Keys start with the "backups" data topic, so a data.changed event for backups refreshes them.
export const backupKeys = {
  list: ['backups', 'list'] as const,
  settings: ['backups', 'settings'] as const,
  preview: (file: string) => ['backups', 'preview', file] as const,
};

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backups.list', {}) });
}

export function useBackupSettings() {
  return useQuery({ queryKey: backupKeys.settings, queryFn: () => call('backups.settings.get', {}) });
}

/** Reading a backup's contents opens it read-only on the backend; only asked for when one is chosen. */
export function useBackupPreview(file: string | null) {
  return useQuery({
    queryKey: backupKeys.preview(file ?? ''),
    queryFn: () => call('backups.preview', { file: file ?? '' }),
    enabled: file !== null,
  });
}
