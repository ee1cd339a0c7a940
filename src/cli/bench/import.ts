import { statSync } from 'node:fs';
import { within } from './util';
import { Session } from './browser';
import type { Probe } from '../bench-probe';

export interface ImportResult {
  rows: number;
  bytes: number;
  /** File chosen → the problems and summary shown (read in the import worker). */
  readMs: number | null;
  /** "Explore this file" → every view shows its rows. */
  exploreMs: number | null;
  /** The longest main-thread task from choosing the file to the views showing it. */
  longestTaskMs: number | null;
  timedOut: boolean;
}

/**
 * A reader opens a spreadsheet of `rows` incidents (data:synth --csv) with the
 * header's control and explores it: time until it is read, until every view
 * shows it, and the longest main-thread task meanwhile.
 */
export async function measureImport(
  session: Session,
  csv: string,
  rows: number,
  timeoutMs: number,
): Promise<ImportResult> {
  const { page } = session;
  const result: ImportResult = {
    rows,
    bytes: statSync(csv).size,
    readMs: null,
    exploreMs: null,
    longestTaskMs: null,
    timedOut: false,
  };
  await page.getByRole('banner').getByRole('button', { name: 'Open your own file' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { __import: { start?: number; read?: number; click?: number } };
    w.__import = {};
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest('.own-file-result .button.primary')) w.__import.click = performance.now();
      },
      true,
    );
    document.addEventListener(
      'change',
      (e) => {
        if ((e.target as HTMLInputElement).type === 'file') w.__import.start = performance.now();
      },
      true,
    );
    const seen = new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-summary"]')) {
        w.__import.read = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document.body, { subtree: true, childList: true });
  });
  await page.locator('[data-testid="own-file-dialog"] input[type="file"]').setInputFiles(csv);
  const read = await within(
    page.waitForFunction(() => (window as unknown as { __import: { read?: number } }).__import.read, undefined, {
      timeout: timeoutMs,
      polling: 100,
    }),
    timeoutMs + 5_000,
  ).catch(() => null);
  if (!read) {
    result.timedOut = true;
    return result;
  }
  await page.getByRole('button', { name: 'Explore this file' }).click();
  const explored = await within(
    page.waitForFunction(
      (n) => {
        const table = document.querySelector('[role="table"][aria-rowcount]');
        if (Number(table?.getAttribute('aria-rowcount')) !== n + 1) return null;
        const w = window as unknown as { __import: { start: number; read: number; explored?: number } };
        w.__import.explored ??= performance.now();
        return true;
      },
      rows,
      { timeout: timeoutMs, polling: 'raf' },
    ),
    timeoutMs + 5_000,
  ).catch(() => null);
  const marks = await page.evaluate(() => {
    const w = window as unknown as {
      __import: { start?: number; read?: number; click?: number; explored?: number };
      __bench: Probe;
    };
    const { start = 0, read = 0, explored } = w.__import;
    const clickAt = w.__import.click ?? read;
    const longest = w.__bench.longTasks(start, explored ?? performance.now()).longest;
    return { read: read - start, explore: explored === undefined ? null : explored - clickAt, longest };
  });
  result.readMs = marks.read;
  result.exploreMs = explored ? marks.explore : null;
  result.longestTaskMs = marks.longest;
  result.timedOut = !explored;
  return result;
}
