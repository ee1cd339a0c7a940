import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { Explorer } from './support/driver';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

const incidents = JSON.parse(readFileSync(new URL('../data/incidents.json', import.meta.url), 'utf8')) as {
  incidents: { id: string; title: { en: string } }[];
  redirects: { from: string; to: string }[];
};
const title = (id: string) => incidents.incidents.find((i) => i.id === id)!.title.en;

/** The three oldest incidents (the list's first rows) and one opened from further down. */
const TICKED = [
  '1986-12-rumours-jeltoqsan-protesters-bribed-with-vodka',
  '1986-12-17-almaty-jeltoqsan-protests',
  '1986-12-almaty-jeltoqsan-protests-suppressed-in-massacre',
];
const OPENED = '2011-zhanaozen-oil-workers-strike';
const NAME = 'Jeltoqsan and Zhanaozen';
/** An id a correction retired (data/incidents.json redirects), and the id it became. */
const RETIRED = incidents.redirects.find((r) => r.from === '2022-01-01-zhanaozen-protests-over-gas-prices-begin')!;

test('a set link opened fresh shows exactly the chosen incidents, named, and says what became of old ids @phone', async ({
  explorer,
  page,
  browser,
}, testInfo) => {
  await explorer.givenClipboard();
  await explorer.openReady();
  await explorer.showPane('List');

  // Three incidents ticked in the list, one added from its details.
  for (const id of TICKED) await explorer.tickInList(title(id));
  await expect(explorer.setBar).toContainText('Set: 3 incidents');
  await explorer.openFromList(title(OPENED));
  await explorer.expectDetailsFor(title(OPENED));
  await explorer.details.getByRole('button', { name: 'Add to set' }).click();
  await expect(explorer.details.getByRole('button', { name: 'Remove from set' })).toBeVisible();
  await expect(explorer.details).toContainText('Set: 4 incidents');
  await explorer.closeDetails();
  await explorer.showPane('List');

  // The bar fits the list pane (on a 360 px phone too) and names the set.
  await explorer.setBar.getByLabel('Name (optional)').fill(NAME);
  const fits = await explorer.setBar.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
  const bar = await explorer.boxOf(explorer.setBar);
  expect(bar.x + bar.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await explorer.screenshot('incident-set-bar');

  await explorer.setBar.getByRole('button', { name: 'Copy set link' }).click();
  await expect(explorer.setBar.getByText('Set link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fragment = new URLSearchParams(link.slice(link.indexOf('#') + 1));
  expect(fragment.get('set')?.split(',').sort()).toEqual([...TICKED, OPENED].sort());
  expect(fragment.get('setname')).toBe(NAME);

  // The recipient, in a browser of their own, sees those four incidents and nothing else, and the set's name.
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    isMobile: testInfo.project.name === 'phone',
  });
  const recipient = new Explorer(await context.newPage(), testInfo);
  await recipient.givenNoWebGL2();
  await recipient.page.goto(link);
  await recipient.waitUntilReady();
  await expect(recipient.summary).toContainText(`Showing 4 of ${incidents.incidents.length} incidents`);
  await expect(recipient.summary).toContainText(`the set “${NAME}” (4 incidents)`);
  await recipient.showPane('List');
  expect((await recipient.listIds()).sort()).toEqual([...TICKED, OPENED].sort());
  // The timeline and the map agree (on a wide screen, where all three are on screen at once).
  if (testInfo.project.name !== 'phone') await recipient.expectViewsAgree(4);
  await recipient.screenshot('incident-set-recipient');

  // A link to the set with one retired id and one the dataset never held.
  await recipient.open(`set=${RETIRED.from},no-such-incident,${OPENED}&setname=${encodeURIComponent(NAME)}`);
  await recipient.waitUntilReady();
  const notices = recipient.page.getByTestId('notice-set');
  await expect(notices.filter({ hasText: '1 of the 3 incidents in this set has a new id' })).toBeVisible();
  await expect(notices.filter({ hasText: '1 id in this set is not in the dataset: no-such-incident.' })).toBeVisible();
  await recipient.showPane('List');
  expect((await recipient.listIds()).sort()).toEqual([RETIRED.to, OPENED].sort());
  await expect(recipient.summary).toContainText(`the set “${NAME}” (2 incidents)`);
  // The address bar and the set's link name the ids as they are now.
  await expect.poll(() => recipient.fragment()).toContain(`set=${RETIRED.to},${OPENED}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recipient.setBar.getByRole('button', { name: 'Copy set link' }).click();
  const resolved = await recipient.page.evaluate(() => navigator.clipboard.readText());
  expect(new URLSearchParams(resolved.slice(resolved.indexOf('#') + 1)).get('set')).toBe(`${RETIRED.to},${OPENED}`);
  expect(await recipient.accessibilityViolations()).toEqual([]);
  await recipient.screenshot('incident-set-resolved');
  recipient.assertNoPageErrors();
  await context.close();
});

test('removing the set chip shows every incident again and keeps the set chosen', async ({ explorer }) => {
  await explorer.openReady(`set=${TICKED.join(',')}`);
  await expect(explorer.summary).toContainText('a set of 3 incidents');
  await explorer.filters.getByRole('button', { name: 'Remove filter: Set of 3' }).click();
  await expect(explorer.summary).toContainText(
    `Showing ${incidents.incidents.length} of ${incidents.incidents.length} incidents`,
  );
  await expect(explorer.setBar).toContainText('Set: 3 incidents');
  await expect.poll(() => explorer.fragment()).toContain('setonly=0');
  // Unticking one in the list takes it out of the set.
  await explorer.list.getByRole('checkbox', { name: `In the set: ${title(TICKED[0]!)}` }).uncheck();
  await expect(explorer.setBar).toContainText('Set: 2 incidents');
  await explorer.setBar.getByRole('button', { name: 'Show only the set' }).click();
  await explorer.expectViewsAgree(2);
});
