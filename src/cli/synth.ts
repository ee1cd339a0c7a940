/**
 * `npm run data:synth -- --count 100000 --seed 1 [--out dir] [--csv file]`: writes a
 * synthetic, schema-valid dataset for load tests. incidents.json is generated;
 * places, actors, sources and cases are copied from data/ unchanged, because
 * the synthetic incidents reference only those real records.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssue, validateDataset } from '../data/validate';
import { FILES, OPTIONAL_FILES, type RawDataset } from '../data/dataset';
import { synthesizeIncidents } from './synth-core';
import { synthCsv } from './synth-csv';
import type { Incident } from '../data/schema';

export interface SynthRun {
  count: number;
  seed: number;
  out: string;
  /** The real dataset whose records the synthetic incidents reference. */
  dataDir?: string;
  /** Also write the incidents as a spreadsheet in the import template's columns. */
  csv?: string;
}

export interface SynthResult {
  out: string;
  incidents: number;
  bytes: number;
}

function readRaw(dir: string): RawDataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return {
    incidents: read(FILES.incidents),
    places: read(FILES.places),
    actors: read(FILES.actors),
    sources: read(FILES.sources),
    cases: read(FILES.cases),
  };
}

export function writeSynthDataset(run: SynthRun): SynthResult {
  const dataDir = resolve(run.dataDir ?? 'data');
  const { dataset, issues } = validateDataset(readRaw(dataDir));
  // Referencing a record the app would drop would make every synthetic record that uses it invalid too.
  if (issues.length > 0) {
    throw new Error(`the reference data in ${dataDir} has problems:\n${issues.map(formatIssue).join('\n')}`);
  }
  const { disputes, ...file } = synthesizeIncidents(
    {
      places: [...dataset.places.values()],
      actors: [...dataset.actors.values()],
      sources: [...dataset.sources.values()],
      cases: [...dataset.cases.values()],
    },
    { count: run.count, seed: run.seed, version: dataset.version, updated: dataset.updated },
  );
  mkdirSync(run.out, { recursive: true });
  // Compact JSON: at 100k records indentation alone would add tens of megabytes to every load.
  const body = `${JSON.stringify(file)}\n`;
  writeFileSync(join(run.out, FILES.incidents), body);
  writeFileSync(join(run.out, OPTIONAL_FILES.disputes), `${JSON.stringify({ disputes })}\n`);
  for (const name of [FILES.places, FILES.actors, FILES.sources, FILES.cases]) {
    copyFileSync(join(dataDir, name), join(run.out, name));
  }
  if (run.csv) {
    const actorNames = new Map([...dataset.actors.values()].map((a) => [a.id, a.name.en]));
    writeFileSync(run.csv, synthCsv(file.incidents as Incident[], dataset.places, actorNames));
  }
  return { out: run.out, incidents: file.incidents.length, bytes: Buffer.byteLength(body) };
}

function flag(args: string[], name: string): string | undefined {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
}

function main(args: string[]) {
  const count = Number(flag(args, '--count') ?? 1000);
  const seed = Number(flag(args, '--seed') ?? 1);
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a non-negative integer`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer`);
  const out = resolve(flag(args, '--out') ?? join('bench', `data-${count}`));
  const started = performance.now();
  const csv = flag(args, '--csv');
  const result = writeSynthDataset({ count, seed, out, ...(csv ? { csv: resolve(csv) } : {}) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (result.bytes / 1e6).toFixed(1);
  console.log(`data:synth: ${result.incidents} incidents (seed ${seed}, ${mb} MB) written to ${out} in ${seconds} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`data:synth: ${(error as Error).message}`);
    process.exit(1);
  }
}
