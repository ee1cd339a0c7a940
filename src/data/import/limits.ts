/** The largest file the importer reads (a page holds it in memory twice while reading it). */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
