/**
 * A reader's own file, from its bytes to the same packed columns the
 * published dataset becomes: the importer (import/) reads the rows, the
 * schema checks the records it made, and the pipeline packs them. Runs in the
 * import worker; the bytes never leave it, and nothing is stored.
 */
import { importFile, type ImportProblem, type ImportSummary } from './import/index.ts';
import { problem } from './import/messages.ts';
import { validateDataset } from './validate.ts';
import type { RawDataset } from './dataset.ts';
import { packDataset, type Packed } from './pipeline.ts';

export interface OwnFile {
  packed: Omit<Packed, 'searchText'>;
  searchText: Packed['searchText'];
  problems: ImportProblem[];
  summary: ImportSummary;
}

export function readOwnFile(bytes: Uint8Array, name: string, onProgress?: (fraction: number) => void): OwnFile {
  const imported = importFile(bytes, name, onProgress ? { onProgress } : {});
  const { dataset, issues } = validateDataset(imported.files as unknown as RawDataset);
  // The importer writes only records the schema accepts; anything it let through is still named, never hidden.
  const problems = [
    ...imported.problems,
    ...issues.map((i) =>
      problem(
        'error',
        'record-invalid',
        { line: null, column: i.field, value: i.id },
        { field: i.field, message: i.message },
      ),
    ),
  ];
  const summary = { ...imported.summary, shown: dataset.incidents.length };
  const { searchText, ...packed } = { ...packDataset(dataset, {}), issues: [], checked: 'browser' as const };
  return { packed, searchText, problems, summary };
}
