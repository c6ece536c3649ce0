import { PageHeader } from '../../components/PageHeader';
import { ImportFlow } from './ImportFlow';
import { ImportHistory } from './ImportHistory';
import { SavedLayouts } from './SavedLayouts';
import { TemplateSection } from './TemplateSection';
import './imports.css';

export function ImportsPage() {
  return (
    <div className="imports-page">
      <PageHeader
        title="Import bills and data"
        description="Bring in the CSV files your supplier, fuel card or meter portal lets you download. Every file is checked row by row before anything is saved; a file imported twice is counted once; and each import can be undone."
      />
      <ImportFlow />
      <ImportHistory />
      <SavedLayouts />
      <TemplateSection />
    </div>
  );
}
