/**
 * `npm run data:check [-- --dir path]`: validates the dataset files and their
 * cross-references. Prints one `file: record id: field: message` line per
 * problem and exits non-zero if there is any.
 */
import { resolve } from 'node:path';
import { checkDataDir } from './check-data-dir';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = resolve(dirFlag >= 0 ? (args[dirFlag + 1] ?? 'data') : 'data');

const { problems, incidents } = checkDataDir(dir);
for (const line of problems) console.error(line);
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`data:check: ${incidents} incidents valid in ${dir}`);
