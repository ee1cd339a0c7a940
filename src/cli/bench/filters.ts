import { type Page } from '@playwright/test';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { formatMs } from '../bench-report';
import { pastDeadline } from './util';
import { FILTER_PAIRS, Options } from './options';
import { Session } from './browser';
import { AppResult, runInPage, waitIdle, record } from './app-run';

export async function clearFilters(page: Page, timeoutMs: number) {
  const clear = page.getByRole('region', { name: 'Filters', exact: true }).getByRole('button', { name: 'Clear all' });
  if (await clear.isEnabled().catch(() => false)) {
    await clear.click({ timeout: timeoutMs });
    await waitIdle(page, 300, timeoutMs);
  }
}

export async function measureFilters(session: Session, opts: Options, result: AppResult): Promise<boolean> {
  const { page } = session;
  const filters = page.getByRole('region', { name: 'Filters', exact: true });
  const categoryBoxes = filters.getByRole('group', { name: 'Categories' }).getByRole('checkbox');
  const started = performance.now();
  for (let k = 0; k < opts.changes; k++) {
    if (performance.now() - started > opts.budgetMs.filter || pastDeadline()) {
      result.notes.push(`filter: stopped after ${k} changes (phase budget ${formatMs(opts.budgetMs.filter)})`);
      break;
    }
    const pair = FILTER_PAIRS[Math.floor(k / 2) % FILTER_PAIRS.length]!;
    const control =
      'category' in pair
        ? categoryBoxes.nth(CATEGORY_IDS.indexOf(pair.category))
        : // A year button's name starts with its visible text: "2022 16 incidents".
          filters.getByRole('button', { name: new RegExp(`^${pair.year} \\d`) });
    const handle = await control.elementHandle({ timeout: 30_000 }).catch(() => null);
    if (!handle) {
      result.notes.push(`filter: no control for ${JSON.stringify(pair)}`);
      continue;
    }
    const r = await runInPage(page, { trigger: 'click', list: true, timeoutMs: opts.timeoutMs }, handle);
    await handle.dispose().catch(() => undefined);
    if (r === 'unresponsive') {
      result.filter.timeouts++;
      return false;
    }
    result.filterDetail.push({
      conditionMs: r.conditionMs,
      timelineMs: r.timelineMs,
      longTaskMs: r.longTaskMs,
      longestTaskMs: r.longestTaskMs,
      rows: r.rows,
    });
    if (!record(result.filter, r)) {
      result.notes.push(`filter: change ${k + 1} did not settle within ${formatMs(opts.timeoutMs)}`);
      break;
    }
    await waitIdle(page, 200, 20_000);
  }
  await clearFilters(page, opts.timeoutMs);
  return true;
}
