import { cell, formatBytes, formatMs, markdownTable, median, ratioCell, spreadCell } from '../bench-report';
import { JsFile, gzipOfPaths } from './setup';
import { AppResult } from './app-run';
import { BaselineResult } from './naive';
import type { ImportResult } from './import';

// ---- report ----

export interface SizeResult {
  size: number;
  dataset: {
    incidentsBytes: number;
    incidentsGzipBytes: number;
    packedBytes: number | null;
    packedGzipBytes: number | null;
  };
  app: AppResult;
  baseline: BaselineResult | null;
  /** 1-minute load average when this size started: other work on the machine skews every number. */
  loadAverage: number;
}

export function tables(results: SizeResult[], js: JsFile[], imported: ImportResult | null = null): string {
  const jsGzip = js.reduce((s, f) => s + f.gzip, 0);
  const n = (size: number) => size.toLocaleString('en-US');
  const main = markdownTable(
    [
      'Incidents',
      'Cold load → interactive',
      'First useful frame',
      'Filter change → all views, median / p95',
      'Timeline zoom all → month',
      'Select in list → map + timeline',
      'Search from the link → all views',
      'Longest main-thread task: load / filter / zoom / select / search',
      'JS heap + array buffers in use',
      'Initial JS (gzip)',
    ],
    results.map((r) => {
      const loads = r.app.loadDetail;
      const first = loads.map((d) => d.firstUsefulAt).filter((v): v is number => v !== null);
      const longestLoad = loads.length ? Math.max(...loads.map((d) => d.longestTaskMs)) : null;
      const longest = [
        longestLoad,
        r.app.filter.longestTaskMs,
        r.app.zoom.longestTaskMs,
        r.app.select.longestTaskMs,
        r.app.search?.longestTaskMs,
      ];
      const memory =
        r.app.heapBytes === null
          ? '–'
          : `${formatBytes(r.app.heapBytes + (r.app.bufferBytes ?? 0))} (${formatBytes(r.app.heapBytes)} + ${formatBytes(r.app.bufferBytes)})`;
      return [
        n(r.size),
        cell(r.app.load),
        first.length ? formatMs(median(first)) : '–',
        spreadCell(r.app.filter),
        cell(r.app.zoom),
        cell(r.app.select),
        cell(r.app.search),
        longest.map((v) => formatMs(v ?? null)).join(' / '),
        memory,
        formatBytes(jsGzip),
      ];
    }),
  );
  const detail = markdownTable(
    [
      'Incidents',
      'incidents.json (gzip)',
      'incidents.arrow (gzip)',
      'Summary shown',
      'Map ready',
      'Long tasks during load (longest)',
      'JS fetched before interactive (gzip)',
      'Timeline items in DOM',
      'DOM nodes',
      'Basemap detail drawn',
      'Zoom month → all',
    ],
    results.map((r) => {
      const d = r.app.loadDetail[r.app.loadDetail.length - 1];
      return [
        n(r.size),
        `${formatBytes(r.dataset.incidentsBytes)} (${formatBytes(r.dataset.incidentsGzipBytes)})`,
        r.dataset.packedBytes === null
          ? '–'
          : `${formatBytes(r.dataset.packedBytes)} (${formatBytes(r.dataset.packedGzipBytes)})`,
        formatMs(d?.summaryAt ?? null),
        formatMs(d?.mapReadyAt ?? null),
        d ? `${formatMs(d.longTaskMs)} (${formatMs(d.longestTaskMs)})` : '–',
        d ? formatBytes(gzipOfPaths(d.scripts)) : '–',
        r.app.timelineItemsInDom?.toLocaleString('en-US') ?? '–',
        r.app.domNodes?.toLocaleString('en-US') ?? '–',
        formatMs(r.app.basemapMs),
        cell(r.app.zoomOut),
      ];
    }),
  );
  const withBaseline = results.filter((r) => r.baseline);
  const baseline =
    withBaseline.length === 0
      ? ''
      : `\n\nNaive baseline (every incident as a vis-timeline item, items replaced on each filter change):\n\n${markdownTable(
          [
            'Incidents',
            'Naive: load → drawn',
            'Naive: filter change, median / p95',
            'Naive: zoom all → month',
            'Ours ÷ naive: load',
            'filter',
            'zoom',
          ],
          withBaseline.map((r) => [
            n(r.size),
            cell(r.baseline!.load),
            spreadCell(r.baseline!.filter),
            cell(r.baseline!.zoom),
            ratioCell(r.app.load, r.baseline!.load),
            ratioCell(r.app.filter, r.baseline!.filter),
            ratioCell(r.app.zoom, r.baseline!.zoom),
          ]),
        )}`;
  const importTable = imported
    ? `\n\nA reader's own spreadsheet (the import template's columns, from data:synth --csv), opened over the 1,000-incident dataset:\n\n${markdownTable(
        ['Rows', 'File', 'Chosen → read (problems shown)', 'Explore → every view', 'Longest main-thread task'],
        [
          [
            imported.rows.toLocaleString('en-US'),
            formatBytes(imported.bytes),
            imported.timedOut && imported.readMs === null ? '> timeout' : formatMs(imported.readMs),
            imported.exploreMs === null ? '> timeout' : formatMs(imported.exploreMs),
            formatMs(imported.longestTaskMs),
          ],
        ],
      )}`
    : '';
  return `${main}\n\nWhere the time goes (last cold load):\n\n${detail}${baseline}${importTable}\n`;
}
