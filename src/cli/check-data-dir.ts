/** The file-system half of `npm run data:check`: read a data folder and report every problem. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, validateDataset } from '../data/validate';
import { DATA_FILES, DatasetError, type RawDataset } from '../data/dataset';
import { TRANSLATION_FILES, TRANSLATION_LANGS, type TranslationLang } from '../data/translation-schema';
import { readTranslationFiles, translationReport, type TranslationReport } from '../data/translations';
import { checkRules, checkTranslationDays } from '../data/rules';
import { parseChangelog } from '../data/changelog';
import {
  CHANGELOG_FILE,
  CHANGELOG_TRANSLATION_FILES,
  changelogIssues,
  translationIssues as changelogTranslationIssues,
} from '../data/changelog-check';
import type { DataIssue } from '../data/dataset';
import type { Dataset } from '../data/dataset';

export interface DirCheck {
  problems: string[];
  incidents: number;
  /** How completely the reader-facing text is translated; absent when the dataset could not be read. */
  translations?: TranslationReport;
}

function readJson(dir: string, file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: -: (file): not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

export function checkDataDir(dir: string): DirCheck {
  const problems: string[] = [];
  const raw: Partial<RawDataset> = {};
  for (const { key, file, optional } of DATA_FILES) {
    if (!existsSync(join(dir, file))) {
      if (!optional) problems.push(`${file}: -: (file): missing`);
      continue;
    }
    const value = readJson(dir, file, problems);
    if (value !== undefined) raw[key] = value;
  }
  if (problems.length > 0) return { problems, incidents: 0 };
  const rawTranslations: Partial<Record<TranslationLang, unknown>> = {};
  for (const lang of TRANSLATION_LANGS) {
    const file = TRANSLATION_FILES[lang];
    if (existsSync(join(dir, file))) rawTranslations[lang] = readJson(dir, file, problems);
  }
  try {
    const { dataset, issues } = validateDataset(raw as RawDataset);
    const { files, issues: translationIssues } = readTranslationFiles(rawTranslations);
    const translations = translationReport(dataset, files);
    problems.push(
      ...[
        ...issues,
        ...checkRules(dataset),
        ...checkTranslationDays(files),
        ...translationIssues,
        ...checkChangelogFiles(dir, dataset),
      ].map(formatIssue),
      ...translations.orphans.map(
        ({ lang, key }) => `${TRANSLATION_FILES[lang]}: ${key}: (key): no such text in the dataset`,
      ),
    );
    return { problems, incidents: dataset.incidents.length, translations };
  } catch (error) {
    if (error instanceof DatasetError)
      return { problems: [`${error.file}: -: (file): ${error.message}`], incidents: 0 };
    throw error;
  }
}

/** The changelog, when the folder has one: entries that do not parse, unknown ids, translations that differ in shape. */
export function checkChangelogFiles(dir: string, dataset: Dataset): DataIssue[] {
  const path = join(dir, CHANGELOG_FILE);
  if (!existsSync(path)) return [];
  const en = parseChangelog(readFileSync(path, 'utf8'));
  const known = {
    incidents: new Set(dataset.incidents.map((i) => i.id)),
    redirects: new Set(dataset.redirects.keys()),
  };
  const issues = changelogIssues(CHANGELOG_FILE, en, known);
  for (const [lang, file] of Object.entries(CHANGELOG_TRANSLATION_FILES)) {
    if (!existsSync(join(dir, file))) continue;
    const other = parseChangelog(readFileSync(join(dir, file), 'utf8'), lang as 'ru' | 'kk');
    issues.push(...changelogTranslationIssues(file, en, other));
  }
  return issues;
}

/** One line per language and field: how many texts are translated, reviewed, stale and missing. */
export function coverageLines(report: TranslationReport): string[] {
  const width = Math.max(...report.coverage.map((c) => c.field.length));
  return report.coverage.map((c) => {
    const pct = c.total === 0 ? 100 : Math.floor((100 * c.translated) / c.total);
    return (
      `${c.lang} ${c.field.padEnd(width)} ${String(c.translated).padStart(4)}/${String(c.total).padEnd(4)} ` +
      `${String(pct).padStart(3)}%  reviewed ${c.reviewed}, stale ${c.stale}, missing ${c.missing}`
    );
  });
}
