/**
 * Every problem code the importer reports, with the plain English sentence it
 * reads as. The code and its params are the contract (an interface in another
 * language builds its own sentence from them); the English is for the CLI, the
 * downloadable list and as the fallback.
 */
import type { ImportProblem } from './types.ts';

type Params = Record<string, string | number>;

const MESSAGES: Record<string, (p: Params) => string> = {
  // The whole file.
  'too-large': (p) =>
    `The file is ${p.size} bytes; files up to ${p.max} bytes can be opened. Split it and open the parts.`,
  'empty-file': () => 'The file is empty.',
  'spreadsheet-binary': (p) =>
    `This is a ${p.kind} workbook, which cannot be read here; save it as CSV (comma or semicolon separated) and open that.`,
  'not-text': () => 'The file is not text: open a CSV, a tab-separated file or a GeoJSON file.',
  'encoding-windows-1251': () =>
    'The file is not UTF-8; it was read as Windows-1251 (Cyrillic, as Russian-language Excel saves CSV). Check that the Cyrillic text reads correctly.',
  'header-missing-required': (p) =>
    `The header lacks required columns (${p.missing}) for ${p.format}. Recognised column sets: ${p.formats}.`,
  'header-unrecognised': (p) =>
    `The header (${p.found}) matches none of the formats this importer reads. Recognised column sets: ${p.formats}.`,
  'header-duplicate': (p) => `The column "${p.column}" appears more than once; only the first one is read.`,
  'header-unknown-ignored': (p) => `The column "${p.column}" is not one this importer reads; it is ignored.`,
  'no-usable-rows': (p) => `No row could be imported (${p.read} read, ${p.skipped} skipped).`,
  'geojson-invalid': (p) => `The file is not a GeoJSON FeatureCollection: ${p.reason}.`,
  'csv-unclosed-quote': () => 'A quoted cell is never closed; the rest of the file from this line on is one cell.',
  'quotes-untranslated': (p) =>
    `${p.count} quote(s) are in ${p.langs} and the file gives no English translation; they are marked as untranslated.`,
  'no-place-columns': (p) =>
    `The file has no place or coordinate columns; all ${p.count} row(s) are shown without a location.`,
  'no-category-column': (p) =>
    `The file has no category column; every row is filed under "${p.fallback}" until you add one.`,
  // One cell or row.
  'missing-title': () => 'The title is empty; the row is skipped.',
  'missing-date': () => 'The date is empty; the row is skipped.',
  'date-unreadable': () =>
    'This is not a date this importer reads (e.g. 2024-03-15, 2024-03, 2024, 15.03.2024, 03.2024, 15 March 2024, 2024-03-01/2024-03-15).',
  'date-ambiguous': () =>
    'Day and month could be either way round (both are 12 or less) and no other row of the column settles the order; write it as 2024-03-05 or 5 March 2024.',
  'date-out-of-range': (p) => `The date lies outside ${p.first}–${p.last}, the span the explorer covers.`,
  'date-range-reversed': () => 'The range ends before it starts.',
  'date-with-time': () => 'The time of day is left out; the date is kept to the day.',
  'acled-time-precision-unknown': () =>
    'The time_precision is not 1, 2 or 3; the date is kept only to its month, the least precise ACLED reading.',
  'latitude-out-of-range': () => 'The latitude is not between -90 and 90; the coordinates are not used.',
  'longitude-out-of-range': () => 'The longitude is not between -180 and 180; the coordinates are not used.',
  'coordinate-unreadable': () => 'This is not a number; the coordinates are not used.',
  'coordinates-incomplete': () => 'Only one of latitude and longitude is given; the coordinates are not used.',
  'place-unknown': (p) =>
    `"${p.place}" is not in the gazetteer (names and old names in English, Russian and Kazakh)${p.fallback ? `; ${p.fallback}` : '; the row is shown without a location'}.`,
  'place-missing': () => 'The row gives no place and no coordinates; it is shown without a location.',
  'place-id-unknown': (p) =>
    `The place id "${p.id}" is not a published place; the row's place name and coordinates are used.`,
  'category-unknown': (p) =>
    `"${p.value}" is not a category of the explorer; the row is filed under "${p.fallback}". Categories: ${p.categories}.`,
  'acled-event-type-unknown': (p) =>
    `ACLED type "${p.value}" has no category mapping; the row is filed under "${p.fallback}".`,
  'formula-neutralised': () =>
    'The cell starts with =, +, - or @, which a spreadsheet would run as a formula; it is kept as plain text.',
  'quote-truncated': (p) => `The quote is longer than ${p.max} characters; only the first ${p.max} are kept.`,
  'text-truncated': (p) => `The text is longer than ${p.max} characters; only the first ${p.max} are kept.`,
  'id-duplicate': (p) => `The id "${p.id}" is already used by line ${p.firstLine}; this row gets "${p.newId}".`,
  'id-unusable': (p) => `The id cannot be made into a link-safe id; this row gets "${p.newId}".`,
  'source-url-invalid': () => 'This is not a web address (http or https); the row cites the file itself instead.',
  'html-removed': () => 'HTML markup was removed from the text; the words are kept.',
  'timeline-slide-skipped': (p) => `A TimelineJS "${p.type}" slide is not an incident; the row is skipped.`,
  'location-precision-invalid': (p) =>
    `"${p.value}" does not fit this place; the precision is set to "${p.precision}".`,
  'actor-role-unknown': (p) => `"${p.role}" is not a role of the explorer; the actor is listed as "${p.fallback}".`,
  'people-count-invalid': () => 'The number of people is not a whole number; it is left out.',
  'record-invalid': (p) =>
    `The record made from this row breaks the dataset's rules (${p.field}: ${p.message}); it is left out.`,
  'row-extra-cells': (p) =>
    `The row has ${p.cells} cells but the header only ${p.columns}; the extra cells are ignored.`,
};

export function problemMessage(code: string, params: Params): string {
  const make = MESSAGES[code];
  return make ? make(params) : code;
}

/** All codes, for documentation and tests. */
export const PROBLEM_CODES = Object.keys(MESSAGES);

const MAX_VALUE = 200;

export function problem(
  severity: ImportProblem['severity'],
  code: string,
  where: { line: number | null; column?: string | null; value?: string },
  params: Params = {},
): ImportProblem {
  return {
    line: where.line,
    column: where.column ?? null,
    value: (where.value ?? '').slice(0, MAX_VALUE),
    code,
    params,
    message: problemMessage(code, params),
    severity,
  };
}
