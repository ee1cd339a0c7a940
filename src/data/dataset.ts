/**
 * The dataset model: what a loaded, checked dataset holds, which files it comes
 * from, and the error a file that is not a dataset raises. Validation
 * (validate.ts) and trusted loading (trusted.ts) both produce a `Dataset`.
 */
import type { Actor, Case, Dispute, Incident, Narrative, Place, Redirect, Source } from './schema.ts';
import type { ParsedDate } from '../lib/edtf.ts';

export interface DataIssue {
  file: string;
  id: string;
  field: string;
  message: string;
}

export interface RawDataset {
  incidents: unknown;
  places: unknown;
  actors: unknown;
  sources: unknown;
  cases: unknown;
  /** Optional: a dataset without narratives is still complete. */
  narratives?: unknown;
  /** Optional: disagreements between sources. */
  disputes?: unknown;
}

export interface Dataset {
  version: string;
  updated: string;
  incidents: Incident[];
  /** Parsed dates, aligned with `incidents`. */
  dates: ParsedDate[];
  places: Map<string, Place>;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
  cases: Map<string, Case>;
  narratives: Narrative[];
  /** Disagreements between sources, each with the incidents it concerns. */
  disputes: Dispute[];
  /** Published ids that were renamed or merged, by old id. */
  redirects: Map<string, Redirect>;
}

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** A failed download may succeed on retry; a damaged file will not until it is replaced. */
    readonly kind: 'download' | 'content' = 'content',
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

export const FILES = {
  incidents: 'incidents.json',
  places: 'places.json',
  actors: 'actors.json',
  sources: 'sources.json',
  cases: 'cases.json',
} as const;

export const OPTIONAL_FILES = { narratives: 'narratives.json', disputes: 'disputes.json' } as const;

/** Every data file with the dataset key it fills: the required ones, then the optional ones. */
export const DATA_FILES: readonly { key: keyof RawDataset; file: string; optional: boolean }[] = [
  ...Object.entries(FILES).map(([key, file]) => ({ key: key as keyof RawDataset, file, optional: false })),
  ...Object.entries(OPTIONAL_FILES).map(([key, file]) => ({ key: key as keyof RawDataset, file, optional: true })),
];

/** Records keyed by id, in file order. */
export function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}
