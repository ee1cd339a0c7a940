/** The file-system half of `npm run data:check`: read a data folder and report every problem. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, validateDataset } from '../data/validate';
import { DATA_FILES, DatasetError, type RawDataset } from '../data/dataset';

export interface DirCheck {
  problems: string[];
  incidents: number;
}

export function checkDataDir(dir: string): DirCheck {
  const problems: string[] = [];
  const raw: Partial<RawDataset> = {};
  for (const { key, file, optional } of DATA_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (!optional) problems.push(`${file}: -: (file): missing`);
      continue;
    }
    try {
      raw[key] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${file}: -: (file): not valid JSON (${(error as Error).message})`);
    }
  }
  if (problems.length > 0) return { problems, incidents: 0 };
  try {
    const { dataset, issues } = validateDataset(raw as RawDataset);
    return { problems: issues.map(formatIssue), incidents: dataset.incidents.length };
  } catch (error) {
    if (error instanceof DatasetError)
      return { problems: [`${error.file}: -: (file): ${error.message}`], incidents: 0 };
    throw error;
  }
}
