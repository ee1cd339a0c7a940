/**
 * `npm run data:check [-- [--dir] path] [--gaps ru|kk]`: validates the dataset
 * files and their cross-references. Prints one `file: record id: field:
 * message` line per problem and exits non-zero if there is any. Then reports
 * how completely the reader-facing text is translated; with `--gaps`, lists
 * every text still missing or stale in that language, with its English.
 */
import { resolve } from 'node:path';
import { checkDataDir, coverageLines } from './check-data-dir';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
// The folder may be named with --dir or on its own, as `npm run data:check -- out/` (after data:import).
const positional = args.find((a, k) => !a.startsWith('--') && !(k > 0 && args[k - 1]!.startsWith('--')));
const dir = resolve(flag('--dir') ?? positional ?? 'data');
const gapsOf = flag('--gaps');

const { problems, incidents, translations } = checkDataDir(dir);
for (const line of problems) console.error(line);
// A dataset with problems gets only the problems: coverage is counted over what could be read.
if (translations && problems.length === 0) {
  console.log('Translation coverage (translated/total per language and field):');
  for (const line of coverageLines(translations)) console.log(`  ${line}`);
  const open = translations.gaps.length;
  if (open > 0) console.log(`  ${open} text(s) missing or stale; list them with --gaps ru or --gaps kk`);
  for (const gap of translations.gaps.filter((g) => g.lang === gapsOf))
    console.log(`${gap.stale ? 'stale' : 'missing'} ${gap.key}\n  en: ${gap.en}`);
}
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`data:check: ${incidents} incidents valid in ${dir}`);
