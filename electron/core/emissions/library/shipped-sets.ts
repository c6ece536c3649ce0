import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDesnzFlatFile } from './flat-file';
import { parseEgridTable, parseEmberIntensities, parseSicSpendFactors } from './other-datasets';
import { factorDatasets, type FactorDataset, type FactorLookup, type FactorRow, type FactorSetInfo, type LoadedFactorSet } from './types';

export interface ManifestFile {
  year: number;
  version: string;
  updated: string | null;
  publisher: string;
  originalFile: string;
  workbookSha256: string | null;
  csvSha256: string;
  /** Short form of the version for the set id, where the version is prose. */
  versionTag?: string;
}

export interface Manifest {
  dataset: FactorDataset;
  title: string;
  publisher: string;
  licence: string | null;
  verified: boolean;
  caveat: string | null;
  files: Record<string, ManifestFile>;
}

const PARSERS: Record<Exclude<FactorDataset, 'uk-desnz'>, (csv: string, fileName: string) => FactorRow[]> = {
  'us-egrid': parseEgridTable,
  ember: parseEmberIntensities,
  'uk-eeio-sic': parseSicSpendFactors,
};

export function factorsDirOf(appRoot: string): string {
  return join(appRoot, 'resources', 'factors');
}

export function setIdOf(dataset: FactorDataset, year: number, version: string): string {
  return `${dataset}-${year}-v${version.replace(/[^0-9A-Za-z.]+/g, '-').replace(/-+$/, '')}`;
}

function readManifest(dir: string): Manifest | null {
  const path = join(dir, 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
}

/** One factor CSV in resources/factors with its manifest entry, listed but not yet read. */
export interface ShippedFactorFile {
  dataset: FactorDataset;
  fileName: string;
  path: string;
  manifest: Manifest | null;
  /** Null for a file with no manifest entry (e.g. next year's DESNZ file just dropped in). */
  entry: ManifestFile | null;
}

/** Every factor CSV shipped in resources/factors, without reading any of them (cheap enough to run on every open). */
export function listShippedFactorFiles(factorsDir: string): ShippedFactorFile[] {
  const files: ShippedFactorFile[] = [];
  for (const dataset of factorDatasets) {
    const dir = join(factorsDir, dataset);
    if (!existsSync(dir)) continue;
    const manifest = readManifest(dir);
    for (const fileName of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
      files.push({ dataset, fileName, path: join(dir, fileName), manifest, entry: manifest?.files[fileName] ?? null });
    }
  }
  return files;
}

/**
 * Reads, checks and parses one shipped file whole. A CSV without a manifest entry still loads:
 * its year comes from its header and it is labelled "version not recorded" until its provenance
 * is written down.
 */
export function loadShippedFactorFile(file: ShippedFactorFile, bytes: Buffer = readFileSync(file.path)): LoadedFactorSet {
  const { dataset, fileName, manifest, entry } = file;
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const csv = bytes.toString('utf8');
  if (entry && entry.csvSha256 !== fileSha256) {
    throw new Error(`${dataset}/${fileName} does not match the SHA-256 in its manifest: the shipped factor file was changed`);
  }
  let year: number;
  let rows: FactorRow[];
  if (dataset === 'uk-desnz') {
    const parsed = parseDesnzFlatFile(csv, fileName);
    year = parsed.year;
    rows = parsed.rows;
  } else {
    if (!entry) throw new Error(`${dataset}/${fileName} has no manifest entry (its year and source are not recorded)`);
    year = entry.year;
    rows = PARSERS[dataset](csv, fileName);
  }
  const version = entry?.version ?? 'not recorded';
  const info: FactorSetInfo = {
    id: setIdOf(dataset, year, entry ? (entry.versionTag ?? version) : `sha-${fileSha256.slice(0, 8)}`),
    dataset,
    title: manifest?.title ?? `${dataset} ${year}`,
    publisher: entry?.publisher ?? manifest?.publisher ?? 'not recorded',
    year,
    version,
    updatedOn: entry?.updated ?? null,
    sourceFile: entry?.originalFile ?? fileName,
    sourceSha256: entry?.workbookSha256 ?? null,
    fileSha256,
    licence: manifest?.licence ?? null,
    verified: Boolean(entry) && (manifest?.verified ?? false),
    caveat: entry ? (manifest?.caveat ?? null) : 'Provenance not recorded: this file has no manifest entry yet.',
  };
  return { info, rows };
}

/** Every factor file shipped in resources/factors, parsed whole. */
export function loadShippedFactorSets(factorsDir: string): LoadedFactorSet[] {
  return listShippedFactorFiles(factorsDir).map((file) => loadShippedFactorFile(file));
}

/** A FactorLookup over sets held in memory (the shipped files in tests and the CLI's preview). */
export function createMemoryLookup(sets: readonly LoadedFactorSet[]): FactorLookup {
  const byId = new Map(sets.map((s) => [s.info.id, s]));
  return {
    sets: () => sets.map((s) => s.info),
    rows: (setId) => {
      const set = byId.get(setId);
      if (!set) throw new Error(`Unknown factor set ${setId}`);
      return set.rows;
    },
  };
}
