/**
 * `npm run data:import -- FILE --out DIR`: a reader's CSV, ACLED export,
 * TimelineJS sheet or GeoJSON file to the five data files in DIR, by the same
 * rules and with the same messages as the explorer's "Bring your own data".
 * Prints every problem as `FILE:line · column · value · reason` and a summary;
 * exits 1 when no row could be imported (or the arguments are wrong), 0
 * otherwise. `npm run data:check -- --dir DIR` then checks the result.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { importFile, type ImportProblem, type ImportResult } from '../data/import/index';
import { FILES } from '../data/dataset';

export function problemLine(file: string, p: ImportProblem): string {
  const where = p.line === null ? file : `${file}:${p.line}`;
  return [where, p.column ?? '-', p.value === '' ? '-' : p.value.replace(/\s+/g, ' '), p.message].join(' · ');
}

export function summaryLine(result: ImportResult): string {
  const s = result.summary;
  const delimiter = s.delimiter === null ? '' : `, delimiter ${s.delimiter === '\t' ? 'tab' : `"${s.delimiter}"`}`;
  return (
    `${s.format} (${s.encoding}${delimiter}): ${s.linesRead} row(s) read, ${s.shown} imported, ` +
    `${s.skipped} skipped, ${s.warned} with warnings`
  );
}

/** Runs the import and writes DIR; returns the exit code. Output goes through `print`/`printError`. */
export function runImport(
  args: string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): number {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const file = args.find((a, k) => !a.startsWith('--') && (at < 0 || k !== at + 1));
  if (!file || !out) {
    printError('usage: npm run data:import -- FILE --out DIR');
    return 1;
  }
  const bytes = new Uint8Array(readFileSync(resolve(file)));
  const result = importFile(bytes, basename(file));
  for (const p of result.problems) (p.severity === 'error' ? printError : print)(problemLine(file, p));
  print(summaryLine(result));
  if (result.summary.shown === 0) return 1;
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  for (const key of Object.keys(FILES) as (keyof typeof FILES)[]) {
    writeFileSync(join(dir, FILES[key]), `${JSON.stringify(result.files[key], null, 2)}\n`);
  }
  print(`wrote ${Object.values(FILES).join(', ')} to ${dir}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exit(runImport(process.argv.slice(2)));
}
