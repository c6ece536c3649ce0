import { useRef } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import type { FactorDetail } from '../../../../shared/domain/factors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/dates';
import { datasetGuides, UNVERIFIED_NOTICE } from './factor-labels';
import { PublishedValue } from './FactorResultsTable';
import { VerifiedBadge } from './FactorSetList';
import { useFactorDetail } from './queries';

/** Everything needed to find this factor again in the publisher's own file, in a modal dialog. */
export function FactorDetailDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const detail = useFactorDetail(id);

  return (
    <ModalDialog className="factor-dialog" title="Where this factor comes from" initialFocus={closeRef} onClose={onClose}>
      {detail.isPending ? <Loading label="Loading the factor…" /> : null}
      {detail.isError ? <ErrorBanner title="This factor could not be loaded" error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data ? <FactorProvenance detail={detail.data} /> : null}
      <div className="dialog-actions">
        <Button ref={closeRef} onClick={onClose}>
          Close
        </Button>
      </div>
    </ModalDialog>
  );
}

function FactorProvenance({ detail: { factor, set } }: { detail: FactorDetail }) {
  return (
    <div className="dialog-body">
      {!set.verified ? (
        <div className="callout callout-warning" role="note">
          <p className="callout-title">{UNVERIFIED_NOTICE}.</p>
        </div>
      ) : null}
      <h3 className="factor-dialog-heading">The factor</h3>
      <dl className="details factor-details">
        <dt>Value as published</dt>
        <dd className="factor-value">
          <PublishedValue row={factor} />
        </dd>
        <dt>Number used in calculations</dt>
        <dd>{factor.value === null ? 'None: this cell is not a number, so it cannot be used to calculate' : String(factor.value)}</dd>
        <dt>GHG/Unit</dt>
        <dd>{factor.ghgUnit}</dd>
        <dt>Per (UOM)</dt>
        <dd>{factor.uom}</dd>
        <dt>Scope</dt>
        <dd>{factor.scope}</dd>
        <dt>Level 1</dt>
        <dd>{factor.level1}</dd>
        <dt>Level 2</dt>
        <dd>{factor.level2 || '—'}</dd>
        <dt>Level 3</dt>
        <dd>{factor.level3 || '—'}</dd>
        <dt>Level 4</dt>
        <dd>{factor.level4 || '—'}</dd>
        <dt>Column text</dt>
        <dd>{factor.columnText || '—'}</dd>
        <dt>Factor ID (DESNZ, 2023 on)</dt>
        <dd>{factor.externalId ?? 'none'}</dd>
        <dt>Row in the file</dt>
        <dd>
          {factor.rowNumber} <span className="muted">(counting data rows, the header not included)</span>
        </dd>
      </dl>
      <h3 className="factor-dialog-heading">The set</h3>
      <dl className="details factor-details">
        <dt>Dataset</dt>
        <dd>{datasetGuides[set.dataset].name}</dd>
        <dt>Title</dt>
        <dd>{set.title}</dd>
        <dt>Published by</dt>
        <dd>{set.publisher}</dd>
        <dt>Year and version</dt>
        <dd>
          {set.year}, version {set.version}
          {set.updatedOn ? `, updated ${set.updatedOn}` : ''}
        </dd>
        <dt>Checked</dt>
        <dd>
          <VerifiedBadge verified={set.verified} />
        </dd>
        {set.caveat ? (
          <>
            <dt>Caveat</dt>
            <dd>{set.caveat}</dd>
          </>
        ) : null}
        <dt>Publisher&apos;s file</dt>
        <dd>{set.sourceFile}</dd>
        <dt>SHA-256 of the publisher&apos;s file</dt>
        <dd>
          <code className="hash">{set.sourceSha256 ?? 'not recorded'}</code>
        </dd>
        <dt>SHA-256 of the file loaded</dt>
        <dd>
          <code className="hash">{set.fileSha256}</code>
        </dd>
        <dt>Licence</dt>
        <dd>{set.licence ?? 'not recorded'}</dd>
        <dt>Set id</dt>
        <dd>
          <code>{set.id}</code>
        </dd>
        <dt>Loaded into this workspace</dt>
        <dd>
          <time dateTime={set.loadedAt}>{formatDateTime(set.loadedAt)}</time>
        </dd>
      </dl>
    </div>
  );
}
