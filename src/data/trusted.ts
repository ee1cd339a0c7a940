/**
 * A dataset checked when the app was built does not need checking again in
 * every reader's browser. The build validates the data, ships it in the
 * normalised form the schema outputs, and lists each file's SHA-256 digest in
 * a manifest. When every downloaded file matches its digest, the browser
 * rebuilds the dataset directly; anything else (a file edited on the server, a
 * dataset with problems, no manifest) is validated record by record.
 */
import { parseEdtf, type ParsedDate } from '../lib/edtf.ts';
import type { Actor, Case, Dispute, Incident, Narrative, Place, Redirect, Source } from './schema.ts';
import { byId, FILES, OPTIONAL_FILES, type Dataset, type RawDataset } from './dataset.ts';

export const MANIFEST_FILE = 'manifest.json';

export interface DataManifest {
  /** What the build vouches for: file name → lowercase hex SHA-256 of its bytes. */
  sha256: Record<string, string>;
  /** File name → size in bytes, so a download can show how far it has got. */
  bytes?: Record<string, number>;
}

/** The data files of a validated dataset, with every default the schema fills in written out. */
export function normalisedFiles(ds: Dataset): Record<string, unknown> {
  const files: Record<string, unknown> = {
    [FILES.incidents]: {
      version: ds.version,
      updated: ds.updated,
      incidents: ds.incidents,
      redirects: [...ds.redirects.values()],
    },
    [FILES.places]: { places: [...ds.places.values()] },
    [FILES.actors]: { actors: [...ds.actors.values()] },
    [FILES.sources]: { sources: [...ds.sources.values()] },
    [FILES.cases]: { cases: [...ds.cases.values()] },
  };
  if (ds.narratives.length > 0) files[OPTIONAL_FILES.narratives] = { narratives: ds.narratives };
  if (ds.disputes.length > 0) files[OPTIONAL_FILES.disputes] = { disputes: ds.disputes };
  return files;
}

/**
 * Rebuilds the dataset from files whose digests matched the manifest, so they
 * are exactly what `normalisedFiles` wrote. Returns null if they are not
 * shaped like that after all; the caller then validates them.
 */
export function trustedDataset(raw: RawDataset): Dataset | null {
  const list = <T>(file: unknown, key: string): T[] | null => {
    const value = file !== null && typeof file === 'object' ? (file as Record<string, unknown>)[key] : undefined;
    return Array.isArray(value) ? (value as T[]) : null;
  };
  const head = raw.incidents as { version?: unknown; updated?: unknown } | null;
  const incidents = list<Incident>(raw.incidents, 'incidents');
  const places = list<Place>(raw.places, 'places');
  const actors = list<Actor>(raw.actors, 'actors');
  const sources = list<Source>(raw.sources, 'sources');
  const cases = list<Case>(raw.cases, 'cases');
  const narratives = raw.narratives === undefined ? [] : list<Narrative>(raw.narratives, 'narratives');
  const disputes = raw.disputes === undefined ? [] : list<Dispute>(raw.disputes, 'disputes');
  const redirects = list<Redirect>(raw.incidents, 'redirects');
  if (!incidents || !places || !actors || !sources || !cases || !narratives || !disputes || !redirects) return null;
  if (typeof head?.version !== 'string' || typeof head.updated !== 'string') return null;
  const dates: ParsedDate[] = [];
  for (const inc of incidents) {
    const date = parseEdtf(inc.date);
    if (!date) return null;
    dates.push(date);
  }
  return {
    version: head.version,
    updated: head.updated,
    incidents,
    dates,
    places: byId(places),
    actors: byId(actors),
    sources: byId(sources),
    cases: byId(cases),
    narratives,
    disputes,
    redirects: new Map(redirects.map((r) => [r.from, r])),
  };
}

/** Lowercase hex SHA-256, with the Web Crypto API that browsers and Node share. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when the manifest vouches for exactly these files (name → bytes), each one. */
export async function matchesManifest(
  manifest: unknown,
  files: Record<string, ArrayBuffer>,
  /** Files the manifest lists that were deliberately not downloaded (incidents.json when its packed form was). */
  skipped: readonly string[] = [],
): Promise<boolean> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return false;
  const sha256 = (manifest as Partial<DataManifest> | null)?.sha256;
  if (!sha256 || typeof sha256 !== 'object') return false;
  const names = Object.keys(files);
  if (skipped.some((name) => !Object.hasOwn(sha256, name) || names.includes(name))) return false;
  if (names.length + skipped.length !== Object.keys(sha256).length) return false;
  const digests = await Promise.all(names.map((name) => sha256Hex(files[name]!)));
  return names.every((name, k) => Object.hasOwn(sha256, name) && sha256[name] === digests[k]);
}
