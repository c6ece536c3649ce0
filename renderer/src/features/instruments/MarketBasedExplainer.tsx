/** The two reporting methods and the market-based order, in plain words (uk-reporting.md §2.3–2.4). */
export function MarketBasedExplainer() {
  return (
    <section className="card settings-section explainer" aria-labelledby="two-ways">
      <h2 id="two-ways">Two ways to report electricity</h2>
      <p>UK companies report the emissions from their electricity two ways, side by side:</p>
      <ul className="explainer-methods">
        <li>
          <strong>Location-based:</strong> the average for the national grid, whatever your contract says.
        </li>
        <li>
          <strong>Market-based:</strong> what your contracts and certificates say about the electricity you buy.
        </li>
      </ul>
      <h3>How the market-based figure is worked out</h3>
      <p>For each electricity bill, the app uses the first of these that applies:</p>
      <ol className="hierarchy">
        <li>
          <strong>Your certificates and contracts</strong>: green tariffs backed by REGOs, REGOs bought separately, power
          purchase agreements, on-site generation.
          <span className="hierarchy-why">Why first: they are evidence about your own electricity.</span>
        </li>
        <li>
          <strong>Your supplier&apos;s published fuel mix</strong>.
          <span className="hierarchy-why">Why next: it describes the electricity your supplier sold you, when you have no certificates of your own.</span>
        </li>
        <li>
          <strong>The residual mix</strong>: the grid once everyone&apos;s green claims are taken out.
          <span className="hierarchy-why">Why: so the same renewable electricity is not counted twice, by you and by its owner.</span>
        </li>
        <li>
          <strong>The grid average</strong>.
          <span className="hierarchy-why">Why last: it ignores contracts, so it is used only when nothing above applies, and the figure says so.</span>
        </li>
      </ol>
    </section>
  );
}

/** What people most often over-claim with green electricity (uk-reporting.md §2.4, caveats). */
export function GreenClaimCaveats() {
  return (
    <section className="card settings-section" aria-labelledby="green-caveats">
      <h2 id="green-caveats">Before you rely on a green claim</h2>
      <ul className="caveats">
        <li>
          REGO certificates can be bought without the electricity. They lower your market-based figure, but the electricity
          you receive does not change.
        </li>
        <li>
          A “100 % renewable” tariff need not mean new wind or solar farms were built. Tick “Additional” only when your
          contract says so.
        </li>
        <li>
          Certificates count only in their own market (GB or Northern Ireland) and should cover the same period as the
          electricity they are used for.
        </li>
        <li>Your location-based figure is always reported too, and no contract changes it.</li>
      </ul>
    </section>
  );
}
