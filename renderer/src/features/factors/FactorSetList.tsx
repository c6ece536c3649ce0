import { useId } from 'react';
import { factorDatasetIds, type FactorDatasetId, type FactorSet } from '../../../../shared/domain/factors';
import { formatDateTime } from '../../lib/dates';
import { ConfirmSetButton } from './ConfirmSetButton';
import { datasetGuides, UNVERIFIED_NOTICE } from './factor-labels';

export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? <span className="badge">Verified</span> : <span className="badge badge-warning">Unverified</span>;
}

/** The shipped factor sets, one card per publisher's dataset, newest year first. */
export function FactorSetList({ sets }: { sets: readonly FactorSet[] }) {
  const groups = factorDatasetIds
    .map((dataset) => ({ dataset, sets: sets.filter((s) => s.dataset === dataset).sort((a, b) => b.year - a.year) }))
    .filter((g) => g.sets.length > 0);
  return (
    <div className="factor-set-groups">
      {groups.map((g) => (
        <DatasetCard key={g.dataset} dataset={g.dataset} sets={g.sets} />
      ))}
    </div>
  );
}

function DatasetCard({ dataset, sets }: { dataset: FactorDatasetId; sets: readonly FactorSet[] }) {
  const headingId = useId();
  const guide = datasetGuides[dataset];
  const first = sets[0];
  if (!first) return null;
  const unverified = sets.some((s) => !s.verified);
  // Caveats that every set of the dataset shares are said once, above the table.
  const caveats = [...new Set(sets.map((s) => s.caveat).filter((c): c is string => c !== null))];
  return (
    <section className="card factor-set-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="factor-set-title">
        {guide.name} {unverified ? <VerifiedBadge verified={false} /> : null}
      </h3>
      <p className="factor-set-source">
        {first.title}. Published by {first.publisher}.
      </p>
      <p>{guide.useFor}</p>
      {unverified ? (
        <div className="callout callout-warning" role="note">
          <p className="callout-title">{UNVERIFIED_NOTICE}.</p>
          <p>Figures calculated with these factors are estimates to check before you publish them.</p>
          {sets
            .filter((s) => !s.verified)
            .map((s) => (
              <ConfirmSetButton key={s.id} set={s} />
            ))}
        </div>
      ) : null}
      {caveats.map((caveat) => (
        <div key={caveat} className="callout" role="note">
          <p>{caveat}</p>
        </div>
      ))}
      <div className="table-wrap">
        <table className="table factor-set-table">
          <caption className="visually-hidden">{guide.name}: factor sets</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Version</th>
              <th scope="col">Updated</th>
              <th scope="col">Published by</th>
              <th scope="col" className="numeric">
                Factors
              </th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((set) => (
              <tr key={set.id}>
                <th scope="row">{set.year}</th>
                <td>{set.version}</td>
                <td className="nowrap">{set.updatedOn ?? 'not recorded'}</td>
                <td>{set.publisher}</td>
                <td className="numeric">{set.rowCount.toLocaleString('en-GB')}</td>
                <td>
                  <VerifiedBadge verified={set.verified} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="factor-set-licence">Licence: {first.licence ?? 'not recorded'}</p>
      <SetFingerprints name={guide.name} sets={sets} />
    </section>
  );
}

/** Where each file came from and its SHA-256, for auditors: folded away for everyone else. */
function SetFingerprints({ name, sets }: { name: string; sets: readonly FactorSet[] }) {
  return (
    <details className="factor-fingerprints">
      <summary>
        Sources and fingerprints <span className="visually-hidden">of {name}</span>
      </summary>
      <ul className="factor-fingerprint-list">
        {sets.map((set) => (
          <li key={set.id}>
            <p className="factor-fingerprint-set">
              {set.year}, version {set.version}
            </p>
            <dl className="details factor-details">
              <dt>Set id</dt>
              <dd>
                <code>{set.id}</code>
              </dd>
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
              <dt>Loaded into this workspace</dt>
              <dd>
                <time dateTime={set.loadedAt}>{formatDateTime(set.loadedAt)}</time>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </details>
  );
}
