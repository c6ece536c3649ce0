import { useState } from 'react';
import '../../styles/instruments.css';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useSites } from '../sites/queries';
import { InstrumentsSection } from './InstrumentsSection';
import { GreenClaimCaveats, MarketBasedExplainer } from './MarketBasedExplainer';
import { ResidualMixSection } from './ResidualMixSection';

type OpenForm = 'instruments' | 'residual-mix' | null;

export function InstrumentsPage() {
  const sites = useSites();
  // One form open on the page at a time, so labels such as "Market" stay unique.
  const [openForm, setOpenForm] = useState<OpenForm>(null);

  return (
    <div className="instruments-page">
      <PageHeader
        title="Electricity contracts and certificates"
        description="Green tariffs, REGO certificates and your supplier's fuel mix decide your market-based electricity figure. Record them here."
      />
      <MarketBasedExplainer />
      {sites.isPending ? <Loading label="Loading your sites…" /> : null}
      {sites.isError ? <ErrorBanner title="Your sites could not be loaded" error={sites.error} onRetry={() => void sites.refetch()} /> : null}
      {sites.data ? (
        <InstrumentsSection sites={sites.data} active={openForm !== 'residual-mix'} onActivate={() => setOpenForm('instruments')} />
      ) : null}
      <GreenClaimCaveats />
      <ResidualMixSection active={openForm !== 'instruments'} onActivate={() => setOpenForm('residual-mix')} />
    </div>
  );
}
