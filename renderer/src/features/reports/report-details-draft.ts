import type { ReductionTarget, ReportInputs } from '../../../../shared/domain/reports';
import { scope3CategoryNames } from '../../../../shared/domain/scope3-categories';

/** Categories 1–15 in order, for the exclusion reasons. */
export const scope3CategoryList: readonly string[] = Object.values(scope3CategoryNames);

// The Report details form as text fields, and back. Blank sections mean "not entered" (null), so
// the report warns about them instead of printing empty text; a partly filled section is sent as
// it is and the backend's schema says which field is missing.

export interface TargetDraft {
  description: string;
  scopes: ReductionTarget['scopes'];
  baselineYear: string;
  targetYear: string;
  reductionPct: string;
}

export interface ReportDetailsDraft {
  netZeroYear: string;
  netZeroStatement: string;
  targets: TargetDraft[];
  iso14001: boolean;
  measures: string;
  signOffName: string;
  signOffRole: string;
  signOffDate: string;
  zeroExplanations: Record<keyof ReportInputs['zeroExplanations'], string>;
  scope3Exclusions: Record<string, string>;
}

export const zeroExplanationLabels: Record<keyof ReportInputs['zeroExplanations'], string> = {
  scope1: 'Scope 1 (gas, fuels, company vehicles, refrigerants)',
  scope2: 'Scope 2 (purchased electricity)',
  cat4: 'Scope 3 category 4: upstream transport and distribution',
  cat5: 'Scope 3 category 5: waste',
  cat6: 'Scope 3 category 6: business travel',
  cat7: 'Scope 3 category 7: employee commuting',
  cat9: 'Scope 3 category 9: downstream transport and distribution',
};

export function emptyTarget(baseYear: number): TargetDraft {
  return { description: '', scopes: 'scope1-2', baselineYear: String(baseYear), targetYear: '2030', reductionPct: '' };
}

export function detailsDraftFrom(inputs: ReportInputs): ReportDetailsDraft {
  const zero = inputs.zeroExplanations;
  return {
    netZeroYear: inputs.netZeroCommitment ? String(inputs.netZeroCommitment.targetYear) : '',
    netZeroStatement: inputs.netZeroCommitment?.statement ?? '',
    targets: inputs.targets.map((t) => ({ description: t.description, scopes: t.scopes, baselineYear: String(t.baselineYear), targetYear: String(t.targetYear), reductionPct: String(t.reductionPct) })),
    iso14001: inputs.environmentalManagement?.iso14001Certified ?? false,
    measures: inputs.environmentalManagement?.measures ?? '',
    signOffName: inputs.signOff?.name ?? '',
    signOffRole: inputs.signOff?.role ?? '',
    signOffDate: inputs.signOff?.date ?? '',
    zeroExplanations: { scope1: zero.scope1 ?? '', scope2: zero.scope2 ?? '', cat4: zero.cat4 ?? '', cat5: zero.cat5 ?? '', cat6: zero.cat6 ?? '', cat7: zero.cat7 ?? '', cat9: zero.cat9 ?? '' },
    scope3Exclusions: Object.fromEntries(scope3CategoryList.map((_, i) => [String(i + 1), inputs.scope3Exclusions[String(i + 1) as keyof ReportInputs['scope3Exclusions']] ?? ''])),
  };
}

function whole(text: string): number | null {
  return /^\s*\d{4}\s*$/.test(text) ? Number(text) : null;
}

function nonBlank<K extends string>(record: Record<K, string>): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(record).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()])) as Partial<Record<K, string>>;
}

/** The inputs to send, or the fields the person must fix first (keyed like the backend's field paths). */
export function detailsFromDraft(draft: ReportDetailsDraft): { value: ReportInputs | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let netZeroCommitment: ReportInputs['netZeroCommitment'] = null;
  if (draft.netZeroYear.trim() || draft.netZeroStatement.trim()) {
    const year = whole(draft.netZeroYear);
    if (year === null) errors['netZeroCommitment.targetYear'] = 'Enter the year, e.g. 2045';
    netZeroCommitment = { targetYear: year ?? 0, statement: draft.netZeroStatement.trim() };
  }
  const targets = draft.targets.map((t, i) => {
    const baselineYear = whole(t.baselineYear);
    const targetYear = whole(t.targetYear);
    const pct = Number(t.reductionPct);
    if (baselineYear === null) errors[`targets.${i}.baselineYear`] = 'Enter a year, e.g. 2023';
    if (targetYear === null) errors[`targets.${i}.targetYear`] = 'Enter a year, e.g. 2030';
    if (t.reductionPct.trim() === '' || !Number.isFinite(pct)) errors[`targets.${i}.reductionPct`] = 'Enter the reduction as a percentage, e.g. 50';
    return { description: t.description.trim(), scopes: t.scopes, baselineYear: baselineYear ?? 0, targetYear: targetYear ?? 0, reductionPct: pct };
  });
  const environmentalManagement = draft.iso14001 || draft.measures.trim() ? { iso14001Certified: draft.iso14001, measures: draft.measures.trim() } : null;
  const signOff = draft.signOffName.trim() || draft.signOffRole.trim() || draft.signOffDate ? { name: draft.signOffName.trim(), role: draft.signOffRole.trim(), date: draft.signOffDate } : null;
  if (signOff && !signOff.date) errors['signOff.date'] = 'Enter the date the board approved the report';
  const value: ReportInputs = {
    netZeroCommitment,
    targets,
    environmentalManagement,
    signOff,
    zeroExplanations: nonBlank(draft.zeroExplanations),
    scope3Exclusions: nonBlank(draft.scope3Exclusions) as ReportInputs['scope3Exclusions'],
  };
  return { value: Object.keys(errors).length ? null : value, errors };
}
