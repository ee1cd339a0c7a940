/**
 * `npm run bench:formats [-- --count 100000 --seed 1]`: the shipped format,
 * chosen by numbers. One synthetic dataset in three forms (the published
 * incidents.json, a columnar JSON with one array per field, and the packed
 * Arrow file the build ships), each measured for its bytes, its gzipped bytes
 * and the time from its bytes to the columns the page reads.
 */
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSynthDataset } from './synth';
import { trustedDataset } from '../data/trusted';
import { validateDataset } from '../data/validate';
import { packIncidents, TEXT_FIELDS, type PackedIncidents } from '../data/packed';
import { packedFromArrow, packedHead, packedToArrow } from '../data/arrow';
import type { RawDataset } from '../data/dataset';
import type { Incident } from '../data/schema';
import { formatBytes, formatMs, markdownTable, median } from './bench-report';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const count = flag('--count', 100_000);
const seed = flag('--seed', 1);

const dir = mkdtempSync(join(tmpdir(), 'formats-'));
writeSynthDataset({ count, seed, out: dir });
const read = (file: string) => readFileSync(join(dir, file));
const raw: RawDataset = {
  incidents: JSON.parse(read('incidents.json').toString()),
  places: JSON.parse(read('places.json').toString()),
  actors: JSON.parse(read('actors.json').toString()),
  sources: JSON.parse(read('sources.json').toString()),
  cases: JSON.parse(read('cases.json').toString()),
};
const dataset = validateDataset(raw).dataset;
const names = {
  placeIds: [...dataset.places.keys()],
  actorIds: [...dataset.actors.keys()],
  caseIds: [...dataset.cases.keys()],
};

/** The records as one array per field, the way a columnar JSON would ship them. */
function columnar(incidents: readonly Incident[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const keys = new Set(incidents.flatMap((i) => Object.keys(i)));
  for (const key of keys) out[key] = incidents.map((i) => (i as Record<string, unknown>)[key] ?? null);
  return out;
}

const json = Buffer.from(
  JSON.stringify({ version: dataset.version, updated: dataset.updated, incidents: dataset.incidents, redirects: [] }),
);
const cols = Buffer.from(JSON.stringify(columnar(dataset.incidents)));
const arrow = packedToArrow(packIncidents(dataset), {
  version: dataset.version,
  updated: dataset.updated,
  redirects: [],
  ...names,
});

function time(run: () => unknown, times = 3): number {
  const samples: number[] = [];
  for (let k = 0; k < times; k++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples) ?? NaN;
}

const decoder = new TextDecoder();
const fromJson = () => {
  const r = { ...raw, incidents: JSON.parse(decoder.decode(json)) as unknown };
  (r.incidents as { redirects: unknown[] }).redirects ??= [];
  return packIncidents(trustedDataset(r)!);
};
const fromColumns = () => {
  const c = JSON.parse(decoder.decode(cols)) as Record<string, unknown[]>;
  // Text columns still have to become UTF-8 bytes the page can take without copying.
  const encoder = new TextEncoder();
  for (const key of ['id', 'title', 'summary']) for (const v of c[key]!) encoder.encode(JSON.stringify(v));
  return c;
};
const fromArrow = (): PackedIncidents =>
  packedFromArrow(packedHead(arrow).table, { version: dataset.version, ...names });

const rows = [
  ['incidents.json (records, published)', json, time(fromJson)],
  ['columnar JSON (one array per field)', cols, time(fromColumns)],
  ['incidents.arrow (Apache Arrow IPC, shipped)', arrow, time(fromArrow)],
] as const;
console.log(
  markdownTable(
    ['Format', 'Bytes', 'Gzip', 'Bytes per incident', 'Bytes → columns (median of 3)'],
    rows.map(([name, bytes, ms]) => [
      name,
      formatBytes(bytes.length),
      formatBytes(gzipSync(bytes).length),
      String(Math.round(bytes.length / count)),
      formatMs(ms),
    ]),
  ),
);
console.log(
  `\n${count.toLocaleString('en-US')} synthetic incidents, seed ${seed}; text columns: ${TEXT_FIELDS.join(', ')}.`,
);
rmSync(dir, { recursive: true, force: true });
