import type { InstrumentKind } from './instrument-draft';

// uk-reporting.md §2.3–2.4: what people most often get wrong about each kind of green claim.
const caveats: Partial<Record<InstrumentKind, string>> = {
  'rego-tariff':
    '“100 % renewable” usually means your supplier bought REGO certificates to match what you use. It need not mean new wind or solar farms were built: tick “Additional” only if your contract says so.',
  'unbundled-rego':
    'REGOs can be bought without the electricity. They lower your market-based figure, but the electricity you receive does not change. Use certificates for the same period and market as the electricity they cover.',
  ppa: 'If the generator sold the REGOs for this electricity to someone else, it no longer counts as renewable for you: do not add it here.',
  'onsite-generation':
    'Count only the electricity you use yourself. If the REGOs for it were sold, it no longer counts as renewable for you: do not add it here.',
};

/** A short warning under the Type field, for the kinds that are easy to over-claim. */
export function KindCaveat({ kind }: { kind: InstrumentKind }) {
  const caveat = caveats[kind];
  if (!caveat) return null;
  return (
    <p className="callout">
      <strong>Good to know:</strong> {caveat}
    </p>
  );
}
