// Supplementary, time-matched location-based electricity: each half-hour's kWh × the GB grid
// carbon intensity of the site's region for that half-hour (GB Carbon Intensity API, gCO2/kWh).
// Reported beside the national-factor figure, never instead of it: the API's regional values are
// generation CO2 only (no T&D losses, no CH4/N2O) and are forecasts, so they are not a DESNZ factor.

export interface IntervalReading {
  /** UTC start of the interval, ISO 8601. */
  startUtc: string;
  /** Interval length in minutes (30 for half-hourly smart-meter data). */
  minutes: number;
  energyKwh: number;
}

export interface IntensityPoint {
  fromUtc: string;
  toUtc: string;
  gCo2PerKwh: number;
}

export interface TimeMatchedResult {
  co2Kg: number;
  /** kWh that had an intensity for their interval. */
  matchedKwh: number;
  /** kWh with no intensity data: left out of co2Kg and reported, never guessed. */
  unmatchedKwh: number;
  /** Intensity-weighted average over the matched kWh, gCO2/kWh. */
  averageGCo2PerKwh: number | null;
  label: string;
}

const MINUTE_MS = 60_000;

/** Matches readings to the intensity interval containing their midpoint (robust to ragged boundaries). */
export function timeMatchedEmissions(readings: readonly IntervalReading[], intensities: readonly IntensityPoint[]): TimeMatchedResult {
  const points = intensities
    .map((p) => ({ from: Date.parse(p.fromUtc), to: Date.parse(p.toUtc), g: p.gCo2PerKwh }))
    .filter((p) => Number.isFinite(p.from) && Number.isFinite(p.to) && p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const sorted = [...readings].sort((a, b) => Date.parse(a.startUtc) - Date.parse(b.startUtc));
  let cursor = 0;
  let gramsCo2 = 0;
  let matchedKwh = 0;
  let unmatchedKwh = 0;
  for (const reading of sorted) {
    const mid = Date.parse(reading.startUtc) + (reading.minutes * MINUTE_MS) / 2;
    while (cursor < points.length && (points[cursor]?.to ?? 0) <= mid) cursor++;
    const point = points[cursor];
    if (point && point.from <= mid && mid < point.to) {
      gramsCo2 += reading.energyKwh * point.g;
      matchedKwh += reading.energyKwh;
    } else {
      unmatchedKwh += reading.energyKwh;
    }
  }
  return {
    co2Kg: gramsCo2 / 1000,
    matchedKwh,
    unmatchedKwh,
    averageGCo2PerKwh: matchedKwh > 0 ? gramsCo2 / matchedKwh : null,
    label: 'Supplementary: time-matched regional grid intensity (GB Carbon Intensity API), generation CO2 only',
  };
}
