import { expect, test } from './support/fixtures';
import { PICKED_LINKS } from '../src/store/hostile-fragments.fixture';
import { parseFragment } from '../src/store/url-state';

/**
 * The hand-picked links, half as fresh page loads and half followed in the same
 * tab: the page stays whole and says what it ignored. Thousands more generated
 * hostile links go through the same URL sync in src/app/url-sync.property.test.ts.
 */
const FULL_LOADS = 10;
const LINKS = PICKED_LINKS;

/** Whether the app, reading this fragment, must show what it ignored. */
function mustNotice(hash: string): boolean | 'maybe' {
  const { state, ignored } = parseFragment(hash);
  if (ignored.length > 0) return true;
  // Ids are checked against the dataset as well; only a link without any can be sure of no notice.
  const carriesIds =
    state.id !== null ||
    state.filters.actors.length > 0 ||
    state.filters.places.length > 0 ||
    state.story !== null ||
    state.actor !== null;
  return carriesIds ? 'maybe' : false;
}

/** A long link's start and end: the trouble is often in its last characters. */
const short = (s: string) =>
  JSON.stringify(s.length > 160 ? `${s.slice(0, 80)}…${s.slice(-60)} (${s.length} chars)` : s);

test('a reader follows 20 broken and hostile links in a row, and the explorer stays usable and says what it ignored', async ({
  explorer,
  page,
}) => {
  // Each link redraws the map, about 200 ms a frame in software WebGL: room for a busy machine.
  test.setTimeout(120_000);
  type Probe = { __firstHash: string; __processed: number };
  // The hash a page load hands the app, before the app rewrites it to the cleaned-up link.
  await page.addInitScript(() => {
    (window as unknown as Probe).__firstHash = window.location.hash;
  });
  // Counts hash changes after the app has handled them: its listeners were added first.
  const armProcessedCounter = () =>
    page.evaluate(() => {
      const w = window as unknown as Probe;
      w.__processed = 0;
      window.addEventListener('hashchange', () => w.__processed++);
    });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });

  const failures: string[] = [];
  const linkNotice = page.getByTestId('notice-link');
  const started = Date.now();

  for (const [k, fragment] of LINKS.entries()) {
    const errorsBefore = errors.length;
    let seen: string;
    let fresh = true;
    const problems: string[] = [];
    const check = async (what: string, assertion: Promise<unknown>) => {
      try {
        await assertion;
      } catch {
        problems.push(what);
      }
    };
    if (k < FULL_LOADS) {
      await page.goto('about:blank');
      await page.goto(`/#${fragment}`);
      // The summary appears once the dataset is in and the link applied; the map may still be drawing.
      await check('app did not start', expect(explorer.summary).toBeVisible({ timeout: 30_000 }));
      await armProcessedCounter();
      seen = await page.evaluate(() => (window as unknown as Probe).__firstHash);
    } else {
      const nav = await page.evaluate(async (h) => {
        const w = window as unknown as Probe;
        const before = w.__processed;
        // The browser normalises the new hash (percent-encoding, U+FFFD for half surrogates) the same way here.
        const url = new URL(window.location.href);
        url.hash = h;
        const changes = url.hash !== window.location.hash;
        window.location.hash = h;
        const until = performance.now() + 5_000;
        while (changes && w.__processed === before && performance.now() < until) {
          await new Promise((r) => setTimeout(r, 5));
        }
        // Let React commit what the store now holds.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { seen: url.hash, changes };
      }, fragment);
      seen = nav.seen;
      // The same hash again is no navigation: the app has nothing new to read, and its notice stays.
      fresh = nav.changes;
    }

    await check('Filters not visible', expect(explorer.filters).toBeVisible({ timeout: 5_000 }));
    await check('summary not visible', expect(explorer.summary).toBeVisible({ timeout: 5_000 }));
    const notice = fresh ? mustNotice(seen) : 'maybe';
    if (notice === true) await check('no link notice', expect(linkNotice).toBeVisible({ timeout: 5_000 }));
    if (notice === false)
      await check('a link notice for a clean link', expect(linkNotice).toBeHidden({ timeout: 5_000 }));
    if (errors.length > errorsBefore) problems.push(...errors.slice(errorsBefore));

    if (problems.length > 0) {
      failures.push(`#${k} ${short(fragment)} (read as ${short(seen)}): ${problems.join('; ')}`);
      console.log(failures[failures.length - 1]);
      // Start the next link from a working page, so one failure does not hide the rest.
      if (problems.some((p) => /^(Filters|summary|app)/.test(p))) {
        await page.goto('about:blank');
        await explorer.openReady();
        await armProcessedCounter();
      }
    }
  }

  console.log(
    `hostile links: ${LINKS.length} tried (${FULL_LOADS} as full page loads), ${failures.length} failed, ` +
      `${Math.round((Date.now() - started) / 1000)} s`,
  );
  expect(failures, failures.join('\n')).toEqual([]);
  await explorer.screenshot('hostile-links-last');
});
