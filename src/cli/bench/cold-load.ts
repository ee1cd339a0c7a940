import { installProbe, type Probe } from '../bench-probe';
import { within, pastDeadline } from './util';
import { Options } from './options';
import { Browsers, Session, openSession, closeSession } from './browser';
import { AppResult } from './app-run';

export async function coldLoad(
  browsers: Browsers,
  origin: string,
  opts: Options,
  result: AppResult,
): Promise<Session | null> {
  const started = performance.now();
  for (let run = 0; run < 3; run++) {
    const session = await openSession(browsers, [installProbe]);
    const { page } = session;
    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: 60_000 });
    const ready = await within(
      page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.load.readyAt !== null, undefined, {
        timeout: opts.loadTimeoutMs,
        polling: 200,
      }),
      opts.loadTimeoutMs + 10_000,
    ).catch(() => null);
    if (!ready) {
      result.load.timeouts++;
      result.errors.push(...session.errors);
      await closeSession(browsers, session);
      return null;
    }
    const detail = await page.evaluate(() => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      const ready = probe.load.readyAt ?? 0;
      const during = probe.longTasks(0, ready);
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= ready && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname);
      return {
        ...probe.load,
        scripts,
        longTaskMs: during.total,
        longestTaskMs: during.longest,
      };
    });
    result.load.values.push(detail.readyAt ?? NaN);
    result.loadDetail.push(detail);
    const last = run === 2 || performance.now() - started > opts.budgetMs.load || pastDeadline();
    if (last) return session;
    result.errors.push(...session.errors);
    await closeSession(browsers, session);
  }
  return null;
}
