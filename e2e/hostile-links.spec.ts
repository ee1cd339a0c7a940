import fc from 'fast-check';
import { expect, test } from './support/fixtures';
import { PARAM_KEYS, parseFragment } from '../src/store/url-state';

const SEED = 20_260_121;
const FULL_LOADS = 20;
const TOTAL = 220;

const KEYS = [...PARAM_KEYS];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', '__proto__[x]', 'ID', '%69d', 'q%00', ''];

/**
 * Values per key: valid, unknown to the dataset, or malformed. A valid `lang`
 * or `embed` is left out on purpose: those switch the interface language or
 * hide the chrome, which is their job, and would only make the checks below
 * read the page differently.
 */
const VALUES: Record<string, string[]> = {
  id: [
    '2016-06-aktobe-armed-group-attacks-national-guard',
    'no-such-incident',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'A',
  ],
  years: ['2022', '2026-2022', '1900', '1850-1860', '0000-9999', '9999-0000', '2022,nope', '20222'],
  actors: ['atajurt,nobody-here', 'nobody', 'a,,b', Array.from({ length: 80 }, (_, i) => `a${i}`).join(',')],
  categories: ['protest,arson', 'detention', '__proto__', 'summons,summons'],
  places: ['almaty', 'atlantis', 'Almaty'],
  q: ['Trump pay', '<img src=x onerror=alert(1)>', '%E0%A4%A', `${'a'.repeat(199)}%F0%9F%98%80`, '%C2%85%00'],
  contested: ['1', '0', '2', 'true'],
  from: ['2022-01-01', '2022-02-30', '1850', '2022-13-01', '2030-12-31', 'yesterday'],
  to: ['2022-02-28', '2021-01-01', '1851', '9999-12-31', '2022'],
  map: ['4.5/48.1/67.5', '99/1/1', '5/91/0', '5/0/181', 'NaN/0/0', '1e3/1/1', '-0/-0/-0'],
  group: ['category', 'region', 'everything', 'constructor'],
  sort: ['title-desc', 'date-sideways', 'place', '__proto__'],
  lang: ['fr', 'EN', '__proto__', '', 'ru-RU'],
  story: ['january-2022-uprising', 'no-such-story', 'Story!'],
  step: ['1', '3', '0', '99', '-1', 'x'],
  actor: ['serikzhan-bilash', 'nobody-at-all', '<b>'],
  embed: ['yes', '2', 'true', ''],
  v: ['1', '2', 'x'],
};

const PIECES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202E',
  '\u0000',
  '%00',
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%F0%9F%98%80',
  '😀',
  'Қазақстан',
  '{{count}}',
  ',',
  '/',
  '=',
  '#',
  '?',
  '+',
];

const hostileValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')),
);

function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

const pair = fc
  .oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 5 }, { arbitrary: fc.constantFrom(...HOSTILE_KEYS), weight: 1 })
  .chain((key) =>
    fc.tuple(
      fc.constant(key),
      fc.oneof(
        { arbitrary: fc.constantFrom(...(Object.hasOwn(VALUES, key) ? VALUES[key]! : [''])), weight: 3 },
        { arbitrary: hostileValue, weight: 1 },
      ),
      fc.boolean(),
    ),
  )
  .map(([key, value, encoded]) => {
    // Lang and embed only ever carry values that are not theirs (see VALUES).
    const safe = (key === 'lang' || key === 'embed') && ['ru', 'kk', 'en', '1', '0'].includes(value) ? 'x' : value;
    return `${key}=${encoded ? encodeLoosely(safe) : safe}`;
  });

/** Hand-picked links, one per kind of trouble; they go first, as the full page loads. */
const PICKED = [
  `q=${'a'.repeat(100_000)}`,
  `actors=${Array.from({ length: 12_000 }, (_, i) => `x${i}`).join(',')}`,
  `${'%'.repeat(50_000)}&id=a`,
  // The 200-character cut on the search text falls inside the emoji.
  `q=${'a'.repeat(199)}%F0%9F%98%80`,
  `q=${'%F0%9F%98%80'.repeat(150)}`,
  '__proto__=1&constructor=2&prototype=3&toString=4&__proto__[polluted]=1',
  'years=2026-2022&from=2022-05-01&to=2022-01-01',
  'years=1000-9999&from=1800-01-01&to=2200-01-01',
  'from=2025-02-30&to=2025-02-31',
  'id=no-such-incident&actors=nobody&places=atlantis&story=no-such-story&actor=nobody-at-all',
  'id=a&id=b&years=2022&years=2023&q=x&q=y',
  '%E0%A4%A&q=%ZZ&%=%&&&==&=',
  'q=<script>alert(1)</script>&id=javascript:alert(1)',
  'q="><img src=x onerror=alert(1)>&sort=constructor&group=__proto__',
  `q=${encodeURIComponent('\u202Egnp.exe\u0000\u0085{{count}}')}`,
  'map=NaN/NaN/NaN&v=999',
  'story=january-2022-uprising&step=99',
  'step=2',
  '#id=a',
  '',
];

const generated = fc.sample(
  fc.oneof(
    { arbitrary: fc.array(pair, { minLength: 1, maxLength: 10 }).map((p) => p.join('&')), weight: 8 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 1 },
    { arbitrary: fc.webFragments(), weight: 1 },
  ),
  { seed: SEED, numRuns: TOTAL - PICKED.length },
);

const LINKS = [...PICKED, ...generated];

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

test('a reader follows 200 broken and hostile links in a row, and the explorer stays usable and says what it ignored', async ({
  explorer,
  page,
}) => {
  // 220 links took 310 s alone on a quiet 2-core machine: in software WebGL each map frame takes about 200 ms
  // at this size, and each link redraws the map. Leave room for a busier machine running a second story beside it.
  test.setTimeout(900_000);
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
