import { useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { PageHeader } from '../../components/PageHeader';
import { ReductionActionsSection } from './ReductionActionsSection';
import { ReportBuilder } from './ReportBuilder';
import { ReportDetailsForm } from './ReportDetailsForm';
import './reports-page.css';

const views = [
  { id: 'build', label: 'Preview and publish' },
  { id: 'details', label: 'Report details' },
  { id: 'actions', label: 'Energy-saving actions' },
] as const;
type View = (typeof views)[number]['id'];

export function ReportsPage({ workspace }: { workspace: WorkspaceSummary }) {
  const [view, setView] = useState<View>('build');
  return (
    <div className="reports-page">
      <PageHeader
        title="Reports"
        description="Your annual SECR report, Carbon Reduction Plan and greenhouse gas inventory, built from your latest calculation. Check the preview, fix what it asks for, then publish: a published report never changes."
      />
      <nav aria-label="Reports sections" className="reports-views">
        {views.map((v) => (
          <button key={v.id} type="button" className="reports-view-button" aria-pressed={view === v.id} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      {view === 'build' ? <ReportBuilder organisation={workspace.organisation} /> : null}
      {view === 'details' ? <ReportDetailsForm baseYear={workspace.organisation.baseYear} /> : null}
      {view === 'actions' ? <ReductionActionsSection sites={workspace.sites} /> : null}
    </div>
  );
}
