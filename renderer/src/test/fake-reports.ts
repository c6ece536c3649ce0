import type { ReportDocument, ReportFormat } from '../../../shared/domain/report-document';
import { emptyReportInputs, type PublishedReportSummary, type ReductionAction, type ReportInputs } from '../../../shared/domain/reports';
import { Failure, type FakeKit, type Handlers, type FakeWorkspace } from './fake-api';

type ReportNames =
  | 'reports.preview'
  | 'reports.publish'
  | 'reports.list'
  | 'reports.get'
  | 'reports.export'
  | 'reportInputs.get'
  | 'reportInputs.update'
  | 'reductionActions.list'
  | 'reductionActions.create'
  | 'reductionActions.update'
  | 'reductionActions.delete';

/** Report state on a fake workspace. The fake does not calculate: tests give it the documents to "build". */
export interface FakeReports {
  /** Keyed `${kind}-${year}`; a missing one answers NOT_FOUND like a year with no data. */
  documents: Record<string, ReportDocument>;
  published: Array<{ summary: PublishedReportSummary; document: ReportDocument }>;
  inputs: ReportInputs;
  actions: ReductionAction[];
}

/** A small SECR document in the shape the builders produce (values from DESNZ 2024 electricity). */
export function makeReportDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'secr',
    title: 'Streamlined Energy and Carbon Reporting (SECR) 2024',
    organisationName: 'Acme Widgets Ltd',
    companiesHouseNumber: '01234567',
    reportingYear: 2024,
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    generatedAt: '2026-11-26T09:00:00.000Z',
    runId: 'run-1',
    runNumber: 1,
    inputsSha256: 'a'.repeat(64),
    sample: false,
    warnings: ['No energy-efficiency actions are recorded: SECR asks for a narrative of the principal measures taken in the year.'],
    sections: [
      {
        id: 'summary',
        title: 'Summary',
        blocks: [
          { kind: 'keyFigures', items: [{ label: 'Scope 2 (location-based)', value: 20.705, unit: 't CO2e', decimals: 2, note: null }] },
          { kind: 'paragraph', text: 'Reporting period: 1 Apr 2024 to 31 Mar 2025.' },
        ],
      },
    ],
    ...overrides,
  };
}

const FILE_TYPES: Record<ReportFormat, string> = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8', json: 'application/json' };

export function fakeReportHandlers(kit: FakeKit): Pick<Handlers, ReportNames> {
  const stateOf = (ws: FakeWorkspace): FakeReports => (ws.reports ??= { documents: {}, published: [], inputs: emptyReportInputs, actions: [] });
  const build = (kind: string, year: number): ReportDocument => {
    const document = stateOf(kit.requireWorkspace()).documents[`${kind}-${year}`];
    if (!document) throw new Failure({ code: 'NOT_FOUND', message: `There is no activity data in reporting year ${year}. Import or add data for that year first.` });
    return document;
  };
  const publishedDocument = (id: string): ReportDocument => {
    const found = stateOf(kit.requireWorkspace()).published.find((p) => p.summary.id === id);
    if (!found) throw new Failure({ code: 'NOT_FOUND', message: 'That published report does not exist in this workspace.' });
    return found.document;
  };
  const checkAction = (input: { status: string; completedOn: string | null }) => {
    if (input.status === 'completed' && input.completedOn === null) {
      throw new Failure({ code: 'VALIDATION', message: 'A completed action needs the date it was completed.', fields: { completedOn: 'Enter the date it was completed' } });
    }
  };
  return {
    'reports.preview': ({ kind, year }) => build(kind, year),
    'reports.publish': ({ kind, year }) =>
      kit.write(['reports'], (ws) => {
        const document = build(kind, year);
        const summary: PublishedReportSummary = { id: kit.newId('report'), kind, reportingYear: year, title: document.title, runId: document.runId, inputsSha256: document.inputsSha256, publishedAt: kit.tick(), publishedBy: 'sam' };
        stateOf(ws).published.unshift({ summary, document });
        kit.audit(ws, { action: 'create', entity: 'published-report', entityId: summary.id, summary: `Published ${document.title}, inputs ${document.inputsSha256}`, before: null, after: summary });
        return summary;
      }),
    'reports.list': () => stateOf(kit.requireWorkspace()).published.map((p) => p.summary),
    'reports.get': ({ id }) => publishedDocument(id),
    'reports.export': (input) => {
      const document = 'id' in input ? publishedDocument(input.id) : build(input.kind, input.year);
      const name = `${document.kind.toUpperCase()}-${document.reportingYear}-Acme-Widgets-Ltd${'id' in input ? '' : '-draft'}.${input.format}`;
      return { fileName: name, mimeType: FILE_TYPES[input.format], base64: btoa(`fake ${input.format} of ${document.title}`) };
    },
    'reportInputs.get': () => stateOf(kit.requireWorkspace()).inputs,
    'reportInputs.update': (patch) =>
      kit.write(['reports'], (ws) => {
        const state = stateOf(ws);
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ReportInputs>;
        state.inputs = { ...state.inputs, ...defined };
        kit.audit(ws, { action: 'update', entity: 'report-inputs', entityId: 'workspace', summary: `Updated report details: ${Object.keys(defined).join(', ')}`, before: null, after: state.inputs });
        return state.inputs;
      }),
    'reductionActions.list': () => stateOf(kit.requireWorkspace()).actions,
    'reductionActions.create': (input) =>
      kit.write(['reports'], (ws) => {
        checkAction(input);
        const at = kit.tick();
        const created: ReductionAction = { id: kit.newId('action'), ...input, createdAt: at, updatedAt: at };
        stateOf(ws).actions.push(created);
        kit.audit(ws, { action: 'create', entity: 'reduction-action', entityId: created.id, summary: `Added energy-saving action "${created.title}" (${created.status})`, before: null, after: created });
        return created;
      }),
    'reductionActions.update': ({ id, action }) =>
      kit.write(['reports'], (ws) => {
        const state = stateOf(ws);
        const before = state.actions.find((a) => a.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That energy-saving action no longer exists.' });
        checkAction(action);
        const after: ReductionAction = { ...before, ...action, updatedAt: kit.tick() };
        state.actions = state.actions.map((a) => (a.id === id ? after : a));
        kit.audit(ws, { action: 'update', entity: 'reduction-action', entityId: id, summary: `Updated energy-saving action "${after.title}"`, before, after });
        return after;
      }),
    'reductionActions.delete': ({ id }) =>
      kit.write(['reports'], (ws) => {
        const state = stateOf(ws);
        const before = state.actions.find((a) => a.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That energy-saving action no longer exists.' });
        state.actions = state.actions.filter((a) => a.id !== id);
        kit.audit(ws, { action: 'delete', entity: 'reduction-action', entityId: id, summary: `Deleted energy-saving action "${before.title}"`, before, after: null });
        return null;
      }),
  };
}
