import { pastDeadline } from './util';
import { Options } from './options';
import { Session } from './browser';
import { DatasetFacts, AppResult, runInPage, waitIdle, record } from './app-run';

export async function measureSelection(
  session: Session,
  opts: Options,
  result: AppResult,
  facts: DatasetFacts,
): Promise<boolean> {
  const { page } = session;
  const started = performance.now();
  const rows = page.locator('section[aria-label="Incidents"] [role="row"][data-row-id]');
  for (let k = 0; k < opts.selections; k++) {
    if (performance.now() - started > opts.budgetMs.select || pastDeadline()) {
      result.notes.push(`selection: stopped after ${k} runs (phase budget)`);
      break;
    }
    const count = await rows.count();
    if (count === 0) {
      result.notes.push('selection: the list shows no rows');
      return true;
    }
    const row = rows.nth(k % count);
    const id = (await row.getAttribute('data-row-id')) ?? '';
    const link = row.locator('.col-title a');
    const title = ((await link.textContent()) ?? '').trim();
    const handle = await link.elementHandle({ timeout: 10_000 });
    const r = await runInPage(
      page,
      {
        trigger: 'click',
        list: false,
        select: { id, title, onMap: !facts.unlocated.has(id) },
        timeoutMs: opts.timeoutMs,
      },
      handle,
    );
    await handle.dispose();
    if (r === 'unresponsive') {
      result.select.timeouts++;
      return false;
    }
    if (!record(result.select, r)) break;
    // Back to the list (not measured): the list is hidden while an incident is open.
    await page.getByRole('button', { name: 'Close incident details' }).first().click({ timeout: opts.timeoutMs });
    await page.waitForFunction(
      () => !document.querySelector<HTMLElement>('section[aria-label="Incidents"]')?.hidden,
      undefined,
      {
        timeout: opts.timeoutMs,
      },
    );
    await waitIdle(page, 200, 20_000);
  }
  return true;
}
