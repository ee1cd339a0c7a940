/**
 * "Bring your own data": a reader's spreadsheet, ACLED export, TimelineJS
 * sheet or GeoJSON file to the explorer's raw data files, in the browser (a
 * worker) or in Node (`npm run data:import`). Nothing leaves the device.
 */
export { importFile, IMPORT_MAX_BYTES, IMPORT_VERSION, FALLBACK_CATEGORY, NO_TRANSLATION } from './import-file.ts';
export { problemsCsv, neutraliseFormula } from './problems-csv.ts';
export { PROBLEM_CODES, problemMessage } from './messages.ts';
export { FILE_SOURCE_ID } from './records.ts';
export type { ImportFormat, ImportProblem, ImportResult, ImportSummary, ImportFiles, ImportOptions } from './types.ts';
