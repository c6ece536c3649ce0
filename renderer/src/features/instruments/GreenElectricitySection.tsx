import { hrefFor } from '../../lib/router';
import { useInstruments } from './queries';

/** The Settings page's way in to the instruments page, with how many are recorded. */
export function GreenElectricitySection() {
  const instruments = useInstruments();
  const count = instruments.data?.length;
  return (
    <section className="card settings-section" aria-labelledby="settings-green-electricity">
      <h2 id="settings-green-electricity">Green electricity and certificates</h2>
      <p className="section-intro">
        Green tariffs, REGO certificates, power purchase agreements, solar panels and your supplier&apos;s fuel mix. They
        decide your market-based electricity figure.
        {count === undefined ? null : count === 0 ? ' None recorded yet.' : count === 1 ? ' 1 recorded.' : ` ${count} recorded.`}
      </p>
      <p>
        <a href={hrefFor('instruments')}>Manage electricity contracts and certificates</a>
      </p>
    </section>
  );
}
