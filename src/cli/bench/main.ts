/**
 * `npm run bench [-- --sizes 1000,10000,100000 --seed 1 --changes 20 --no-baseline --no-build]`
 *
 * Generates synthetic datasets, builds the app into bench/dist, serves it on
 * port 4317 with the chosen dataset behind /data/*.json, and drives headless
 * Chromium through cold load, filter changes, a timeline zoom and a list
 * selection. The same data goes through a naive vis-timeline page for
 * comparison. Every measurement has a timeout and a phase budget, so a size
 * the app cannot handle yet is reported as "> timeout" instead of hanging.
 * Results go to stdout as markdown and to bench/results/<timestamp>.json.
 */

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { MANIFEST_FILE, type DataManifest } from '../../data/trusted';
import { PACKED_FILE } from '../../data/arrow';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASELINE_PREFIX, BASELINE_SCRIPT, writeBaselinePage } from '../bench-baseline';
import { formatBytes, formatMs, median } from '../bench-report';
import { startBenchServer, type BenchServer } from '../bench-server';
import { writeSynthDataset } from '../synth';
import { attestDataFiles } from '../../build/attest-data';
import { log, pastDeadline, setDeadline } from './util';
import { ROOT, BENCH, DIST, VIEWPORT, parseArgs } from './options';
import { build, initialJs, gitRevision } from './setup';
import { Browsers } from './browser';
import { DatasetFacts, datasetFacts } from './app-run';
import { benchApp } from './bench-app';
import { BaselineResult, benchBaseline } from './naive';
import { SizeResult, tables } from './tables';
import { benchImport } from './import-session';
import type { ImportResult } from './import';

// ---- main ----

function attestDataDir(dir: string, packed: boolean): { unattested: string | null } {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) texts[name] = readFileSync(join(dir, name), 'utf8');
  // Translations ship with every build: the packed incidents hold them, so the bench's site has them too.
  mkdirSync(join(dir, 'translations'), { recursive: true });
  for (const lang of ['ru', 'kk']) {
    const file = `translations/${lang}.json`;
    texts[file] = readFileSync(join(ROOT, 'data', file), 'utf8');
  }
  const { files, unattested } = attestDataFiles(texts);
  if (!packed && files[MANIFEST_FILE]) {
    const manifest = JSON.parse(files[MANIFEST_FILE] as string) as DataManifest;
    delete manifest.sha256[PACKED_FILE];
    delete manifest.bytes?.[PACKED_FILE];
    delete files[PACKED_FILE];
    files[MANIFEST_FILE] = JSON.stringify(manifest);
  }
  rmSync(join(dir, PACKED_FILE), { force: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { unattested };
}

/** The basemap files the build ships: what a reader downloads before the map is complete. */
function basemapFiles(): { file: string; bytes: number; gzip: number }[] {
  const dir = join(DIST, 'basemap');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
    });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date();
  setDeadline(started + opts.maxMs);
  const loadAtStart = loadavg()[0] ?? 0;

  const datasets = new Map<number, SizeResult['dataset'] & { dir: string; facts: DatasetFacts }>();
  for (const size of opts.sizes) {
    const dir = join(BENCH, `data-${size}`);
    writeSynthDataset({ count: size, seed: opts.seed, out: dir, dataDir: join(ROOT, 'data') });
    // Shipped as a build with this dataset would ship it: checked, normalised and listed in a manifest.
    const { unattested } = attestDataDir(dir, opts.packed);
    if (unattested) log(`dataset ${size}: no manifest (${unattested}); the browser will validate it`);
    const shipped = readFileSync(join(dir, 'incidents.json'));
    const gzip = gzipSync(shipped).length;
    const packed = existsSync(join(dir, 'incidents.arrow')) ? readFileSync(join(dir, 'incidents.arrow')) : null;
    datasets.set(size, {
      dir,
      incidentsBytes: shipped.length,
      incidentsGzipBytes: gzip,
      packedBytes: packed?.length ?? null,
      packedGzipBytes: packed ? gzipSync(packed).length : null,
      facts: datasetFacts(dir),
    });
    log(`dataset ${size}: ${formatBytes(shipped.length)} (${formatBytes(gzip)} gzip) in ${dir}`);
  }

  let importCsv: string | null = null;
  if (opts.importRows > 0) {
    importCsv = join(BENCH, `import-${opts.importRows}.csv`);
    writeSynthDataset({
      count: opts.importRows,
      seed: opts.seed + 1,
      out: join(BENCH, 'import-source'),
      dataDir: join(ROOT, 'data'),
      csv: importCsv,
    });
    log(`import: ${formatBytes(readFileSync(importCsv).length)} CSV of ${opts.importRows} rows in ${importCsv}`);
  }

  if (opts.build) log(`built the app into bench/dist in ${formatMs(build())}`);
  const js = initialJs();
  log(`initial JS: ${js.map((f) => `${f.file} ${formatBytes(f.gzip)} gzip`).join(', ')}`);
  const basemap = basemapFiles();
  log(`basemap: ${basemap.map((f) => `${f.file} ${formatBytes(f.bytes)} (${formatBytes(f.gzip)} gzip)`).join(', ')}`);

  const baselineDir = join(BENCH, 'baseline');
  writeBaselinePage(baselineDir);
  const server: BenchServer = await startBenchServer({
    root: DIST,
    port: opts.port,
    dataDir: datasets.get(opts.sizes[0]!)!.dir,
    mounts: {
      [BASELINE_SCRIPT]: join(
        ROOT,
        'node_modules',
        'vis-timeline',
        'standalone',
        'umd',
        'vis-timeline-graph2d.min.cjs',
      ),
      [BASELINE_PREFIX]: baselineDir,
    },
  });
  const browsers = new Browsers();
  const results: SizeResult[] = [];
  let imported: ImportResult | null = null;
  const skippedSizes: number[] = [];
  let browserVersion: string;
  try {
    browserVersion = (await browsers.get()).version();
    for (const size of opts.sizes) {
      if (pastDeadline()) {
        log(`[${size}] skipped: --max-minutes reached`);
        skippedSizes.push(size);
        continue;
      }
      const dataset = datasets.get(size)!;
      server.setDataDir(dataset.dir);
      const loadAverage = loadavg()[0] ?? 0;
      log(`[${size}] app…`);
      const app = await benchApp(browsers, server.origin, size, opts, dataset.facts);
      let baseline: BaselineResult | null = null;
      if (opts.baseline) {
        log(`[${size}] naive baseline…`);
        baseline = await benchBaseline(browsers, server.origin, size, opts);
      }
      results.push({
        size,
        dataset: {
          incidentsBytes: dataset.incidentsBytes,
          incidentsGzipBytes: dataset.incidentsGzipBytes,
          packedBytes: dataset.packedBytes,
          packedGzipBytes: dataset.packedGzipBytes,
        },
        app,
        baseline,
        loadAverage,
      });
    }
    if (opts.importRows > 0 && !pastDeadline()) {
      // The reader's own spreadsheet, opened over the smallest published dataset.
      server.setDataDir(datasets.get(opts.sizes[0]!)!.dir);
      log(`import of a ${opts.importRows.toLocaleString('en-US')}-row CSV…`);
      imported = await benchImport(browsers, server.origin, importCsv!, opts);
      log(`import: read in ${formatMs(imported.readMs)}, views in ${formatMs(imported.exploreMs)}`);
    }
  } finally {
    await browsers.close();
    await server.close();
  }

  const markdown = tables(results, js, imported);
  const elapsed = performance.now() - started;
  console.log(markdown);
  const errors = results.flatMap((r) => r.app.errors.map((e) => `[${r.size}] ${e}`));
  const notes = results.flatMap((r) => [...r.app.notes, ...(r.baseline?.notes ?? [])].map((e) => `[${r.size}] ${e}`));
  for (const note of notes) console.log(`- ${note}`);
  const basemapGzip = basemap.reduce((t, f) => t + f.gzip, 0);
  console.log(
    `- basemap shipped: ${basemap.map((f) => `${f.file} ${formatBytes(f.bytes)}`).join(', ')}; ${formatBytes(basemapGzip)} gzip in all`,
  );
  for (const size of skippedSizes) console.log(`- ${size.toLocaleString('en-US')}: not run, --max-minutes reached`);
  if (errors.length > 0) console.log(`- ${errors.length} page error(s), e.g. ${errors[0]}`);
  const busy = [{ size: 'start', loadAverage: loadAtStart }, ...results].filter(
    (r) => r.loadAverage > cpus().length * 0.75,
  );
  if (busy.length > 0) {
    const where = busy.map((r) => `${r.loadAverage.toFixed(1)} at ${r.size}`);
    console.log(
      `- the machine was busy (load average ${where.join(', ')} on ${cpus().length} CPUs): numbers are noisy`,
    );
  }
  console.log(
    `\nChromium ${browserVersion}, ${cpus().length} CPUs, software WebGL, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
      `build ${gitRevision()}; seed ${opts.seed}; ${formatMs(elapsed)} in all.`,
  );

  mkdirSync(join(BENCH, 'results'), { recursive: true });
  const file = join(BENCH, 'results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    elapsedMs: elapsed,
    environment: {
      node: process.version,
      chromium: browserVersion,
      cpus: cpus().length,
      memoryBytes: totalmem(),
      loadAverageAtStart: loadAtStart,
      revision: gitRevision(),
      viewport: VIEWPORT,
    },
    options: opts,
    initialJs: js,
    results,
    import: imported,
    medians: results.map((r) => ({
      size: r.size,
      load: median(r.app.load.values),
      filter: median(r.app.filter.values),
      zoom: median(r.app.zoom.values),
      select: median(r.app.select.values),
    })),
    markdown,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`results saved to ${file}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
