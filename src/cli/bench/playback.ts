/**
 * Playback at speed: from a month window, the window slides a month at a
 * time at 4× (a step every 250 ms asked for). The page reports when each step
 * reached the summary line and its long tasks; the bench says how many steps
 * came late (more than half an interval after they were due) and the longest
 * task, so a playback that queues work or freezes the page shows.
 */
import { ZOOM_MONTH, Options } from './options';
import { Session } from './browser';
import { AppResult, waitIdle } from './app-run';
import { within } from './util';

const STEPS = 20;
const INTERVAL_MS = 250;

interface Watch {
  times: number[];
  longest: number;
}

export async function measurePlayback(session: Session, opts: Options, result: AppResult): Promise<boolean> {
  const { page } = session;
  await page.evaluate((hash) => (window.location.hash = hash), `from=${ZOOM_MONTH.from}&to=${ZOOM_MONTH.to}`);
  await waitIdle(page, 200, 20_000);
  const options = page.getByRole('button', { name: 'Playback: Options' });
  if ((await options.getAttribute('aria-expanded')) !== 'true') await options.click({ timeout: opts.timeoutMs });
  const group = page.getByRole('group', { name: 'Playback' });
  await group.getByRole('combobox', { name: /^Step\b/ }).selectOption('month');
  await group.getByRole('combobox', { name: /^Window\b/ }).selectOption('sliding');
  await group.getByRole('combobox', { name: /^Speed\b/ }).selectOption('4');
  await page.evaluate(() => {
    const watch: Watch = { times: [], longest: 0 };
    (window as unknown as { __playback: Watch }).__playback = watch;
    new MutationObserver(() => watch.times.push(performance.now())).observe(
      document.querySelector('[data-testid="view-summary"]')!,
      { subtree: true, childList: true, characterData: true },
    );
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) watch.longest = Math.max(watch.longest, e.duration);
    }).observe({ type: 'longtask' });
    watch.times.push(performance.now());
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click({ timeout: opts.timeoutMs });
  // Until STEPS steps are on screen, or playback reached the end of the data and stopped by itself.
  const done = await within(
    page.waitForFunction(
      (n) =>
        (window as unknown as { __playback: Watch }).__playback.times.length > n ||
        document.querySelector('.playback-play')?.getAttribute('data-playing') === 'false',
      STEPS,
      { timeout: opts.timeoutMs, polling: 100 },
    ),
    opts.timeoutMs + 10_000,
  ).catch(() => null);
  if (done === null) {
    result.notes.push('playback: the page stopped answering');
    return false;
  }
  await page
    .getByRole('button', { name: 'Pause', exact: true })
    .click({ timeout: opts.timeoutMs })
    .catch(() => {});
  const watch = await page.evaluate(() => (window as unknown as { __playback: Watch }).__playback);
  // A summary change can come in more than one mutation: count a step per frame at most.
  const steps = watch.times.slice(1).filter((t, k) => t - watch.times[k]! > 16);
  const gaps = steps.slice(1).map((t, k) => t - steps[k]!);
  const late = gaps.filter((g) => g > INTERVAL_MS * 1.5).length;
  const mean = gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0;
  result.notes.push(
    `playback: ${steps.length} monthly steps at 4× (one asked for every ${INTERVAL_MS} ms): ` +
      `${Math.round(mean)} ms apart on average, ${late} later than ${INTERVAL_MS * 1.5} ms, ` +
      `longest task ${Math.round(watch.longest)} ms`,
  );
  await waitIdle(page, 200, 20_000);
  return true;
}
