import { pastDeadline } from './util';
import { ZOOM_MONTH, Options } from './options';
import { Session } from './browser';
import { AppResult, runInPage, waitIdle, record } from './app-run';

export async function measureZoom(session: Session, opts: Options, result: AppResult): Promise<boolean> {
  const { page } = session;
  const started = performance.now();
  for (let k = 0; k < opts.zooms; k++) {
    if (performance.now() - started > opts.budgetMs.zoom || pastDeadline()) {
      result.notes.push(`zoom: stopped after ${k} runs (phase budget)`);
      break;
    }
    const hash = `from=${ZOOM_MONTH.from}&to=${ZOOM_MONTH.to}`;
    const zoomIn = await runInPage(page, { trigger: 'hash', hash, list: true, timeoutMs: opts.timeoutMs }, null);
    if (zoomIn === 'unresponsive') {
      result.zoom.timeouts++;
      return false;
    }
    if (!record(result.zoom, zoomIn)) break;
    await waitIdle(page, 200, 20_000);
    const zoomOut = await runInPage(page, { trigger: 'hash', hash: '', list: true, timeoutMs: opts.timeoutMs }, null);
    if (zoomOut === 'unresponsive') {
      result.zoomOut.timeouts++;
      return false;
    }
    if (!record(result.zoomOut, zoomOut)) break;
    await waitIdle(page, 200, 20_000);
  }
  return true;
}
