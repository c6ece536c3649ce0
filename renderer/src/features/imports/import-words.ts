import type { z } from 'zod';
import type { Activity } from '../../../../shared/domain/activities';
import type { ImportOutcomeView, importProfileSchema, savedMappingSchema } from '../../../../shared/domain/imports';
import { formatPeriod, formatQuantity } from '../../lib/emissions-words';

type Profile = z.infer<typeof importProfileSchema>;
type SavedLayout = z.infer<typeof savedMappingSchema>;
export type Conflict = ImportOutcomeView['conflicts'][number];

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 1234 → "1.2 KB"; bytes as people read file sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

const delimiterWords: Readonly<Record<string, string>> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars (|)' };

export function separatorWords(delimiter: string): string {
  return delimiterWords[delimiter] ?? `“${delimiter}”`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatQuantity(count)} ${count === 1 ? one : many}`;
}

/** The name of the layout an import was read with: a built-in export, a saved layout, or a one-off mapping. */
export function layoutName(profileId: string, profiles: readonly Profile[] | undefined, layouts: readonly SavedLayout[] | undefined): string {
  if (profileId === 'mapping') return 'Your column mapping (not saved)';
  if (profileId.startsWith('mapping:')) {
    const layout = layouts?.find((l) => `mapping:${l.id}` === profileId);
    return layout ? `${layout.name} (saved layout)` : 'A saved layout, since deleted';
  }
  return profiles?.find((p) => p.id === profileId)?.label ?? profileId;
}

export interface UnitNaming {
  activityLabel: (activityId: string) => string;
  unitLabel: (unit: string) => string;
}

export function unitNaming(activities: readonly Activity[] | undefined): UnitNaming {
  const byId = new Map((activities ?? []).map((a) => [a.id, a]));
  const units = new Map<string, string>();
  for (const a of activities ?? []) for (const u of a.acceptedUnits) units.set(u.id, u.label);
  return { activityLabel: (id) => byId.get(id)?.label ?? id, unitLabel: (unit) => units.get(unit) ?? unit };
}

/**
 * A conflict in plain words: "Row 2 overlaps an estimated bill for 1,200 kWh (1 Feb 2024 – 29 Feb
 * 2024) — this looks like the actual bill that replaces it."
 */
export function conflictWords(conflict: Conflict, naming: UnitNaming): string {
  const { existing } = conflict;
  const amount = `${formatQuantity(existing.quantity)} ${naming.unitLabel(existing.unit)}`;
  const what = existing.estimated ? `an estimated bill for ${amount}` : `a record of ${amount}`;
  const where = conflict.sameFileRowNumber !== null ? ` in row ${conflict.sameFileRowNumber} of this file` : existing.importId ? ' imported earlier' : '';
  const verdict = conflict.supersedesEstimate
    ? ' — this looks like the actual bill that replaces it.'
    : ' — the same period would be counted twice if you keep both.';
  return `Row ${conflict.rowNumber} overlaps ${what}${where} (${formatPeriod(existing.periodStart, existing.periodEnd)})${verdict}`;
}
