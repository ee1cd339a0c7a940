/** The shapes the importer hands back: the five raw data files, the problems it found and a summary. */

export type ImportFormat = 'explorer-csv' | 'template' | 'acled' | 'timelinejs' | 'geojson';

export interface ImportProblem {
  /**
   * The row as a spreadsheet shows it: the header is line 1, the first data row
   * line 2, and a row whose quoted cell holds a line break is still one line
   * (see delimited.ts). In a GeoJSON file it is the feature's position, 1 for
   * the first. Null for a problem with the whole file.
   */
  line: number | null;
  /** The header name as written in the file (a property name in GeoJSON). */
  column: string | null;
  /** The offending cell, at most 200 characters. */
  value: string;
  /** Stable reason code, e.g. `date-ambiguous`; see messages.ts for every code. */
  code: string;
  /** The values the message is made of, for translation. */
  params: Record<string, string | number>;
  /** A plain English sentence built from `code` and `params`. */
  message: string;
  /** `error`: the row is skipped (or, for a file-level problem, nothing is imported); `warning`: the row is kept. */
  severity: 'error' | 'warning';
}

export interface ImportSummary {
  format: ImportFormat;
  encoding: 'utf-8' | 'windows-1251';
  /** The delimiter of a delimited file; null for GeoJSON. */
  delimiter: string | null;
  /** Data rows (or features) read, not counting the header and empty rows. */
  linesRead: number;
  /** Rows that became incidents. */
  shown: number;
  /** Rows skipped because of an error. */
  skipped: number;
  /** Rows kept with at least one warning. */
  warned: number;
}

export interface ImportFiles {
  incidents: unknown;
  places: unknown;
  actors: unknown;
  sources: unknown;
  cases: unknown;
}

export interface ImportResult {
  files: ImportFiles;
  /** File-level problems first (size, encoding, header), then row problems in line order. */
  problems: ImportProblem[];
  summary: ImportSummary;
}

export interface ImportOptions {
  /** Larger files give one `too-large` problem and no rows. Default IMPORT_MAX_BYTES. */
  maxBytes?: number;
  /** Called with increasing fractions in [0, 1], at least every 2% of rows, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** The import day (`updated` of incidents.json). Default: today. */
  now?: Date;
}
