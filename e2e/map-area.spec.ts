/**
 * A reader framed on Almaty asks for only what the map shows: the list holds
 * exactly the incidents placed inside the box the link then holds, the summary,
 * chips and counts say so, and whoever opens that link, on another screen,
 * gets the same list. Expected incidents come from the data files
 * (dataset-oracle.ts), never from the app.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { Explorer } from './support/driver';
import { incidentsInArea } from './support/dataset-oracle';

/** Almaty at zoom 9: the city and its outskirts, clear of the Almaty region's marker (76° E, 44.6° N). */
const ALMATY = 'map=9/43.25/76.93';

function areaOf(fragment: string): number[] {
  const raw = new URLSearchParams(fragment).get('area');
  expect(raw, `an area in ${fragment}`).not.toBeNull();
  const area = raw!.split(',').map(Number);
  expect(area).toHaveLength(4);
  return area;
}

const toggleOn = (page: Page) => page.getByRole('button', { name: 'Only what the map shows' });

/** The list, summary, chips, counts and the note on the map all tell the same story as the data files. */
async function expectAreaShown(explorer: Explorer, area: number[]) {
  const want = incidentsInArea(area);
  // The story's box must be clear of region markers: the data files do not say where those stand.
  expect(want.regionLevel).not.toContain('almaty-region');
  expect(want.ids.length).toBeGreaterThan(5);
  await expect(explorer.summary).toContainText(`Showing ${want.ids.length} of `);
  await expect(explorer.summary).toContainText('only the map area');
  // On a phone the filters are in a sheet: open it to read the chips and counts, then close it with its results.
  const sheet = explorer.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Filters' });
  const phone = await sheet.isVisible();
  if (phone) await sheet.click();
  await expect.poll(() => explorer.chips()).toContain('Map area');
  const protest = explorer.filters
    .locator('.facet-option')
    .filter({ has: explorer.page.locator('.facet-label', { hasText: /^Protest$/ }) })
    .locator('.facet-count');
  await expect(protest).toHaveText(String(want.categories.get('protest') ?? 0));
  if (phone) await explorer.filters.getByRole('button', { name: `Show ${want.ids.length} incidents` }).click();
  await expect(explorer.page.getByTestId('area-note')).toContainText(
    `Left out: ${want.nationwide} nationwide and ${want.unplaced} with no place.`,
  );
  await explorer.showPane('List');
  await expect.poll(() => explorer.listCount()).toBe(want.ids.length);
  expect((await explorer.listIds()).sort()).toEqual([...want.ids].sort());
  await explorer.showPane('Map');
}

async function turnOnAroundAlmaty(explorer: Explorer, page: Page): Promise<number[]> {
  await explorer.openReady(ALMATY);
  await explorer.showPane('Map');
  await expect(toggleOn(page)).toHaveAttribute('aria-pressed', 'false');
  await toggleOn(page).click();
  await expect(toggleOn(page)).toHaveAttribute('aria-pressed', 'true');
  // The link holds the box instead of the map view.
  await expect.poll(() => explorer.fragment()).toMatch(/^area=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+&data=[\d.]+$/);
  const area = areaOf(await explorer.fragment());
  // Around Almaty (76.93° E, 43.25° N).
  expect(area[0]).toBeLessThan(76.93);
  expect(area[2]).toBeGreaterThan(76.93);
  expect(area[1]).toBeLessThan(43.25);
  expect(area[3]).toBeGreaterThan(43.25);
  return area;
}

/** The link opened afresh in another tab with a screen of another size: the same box, the same list. */
async function openInAnotherTab(page: Page, fragment: string, svg: boolean, area: number[]) {
  const tab = await page.context().newPage();
  const recipient = new Explorer(tab, test.info());
  if (svg) await recipient.givenNoWebGL2();
  const size = page.viewportSize()!;
  await tab.setViewportSize({ width: size.width - 100, height: size.height - 60 });
  await recipient.openReady(fragment);
  await recipient.showPane('Map');
  await expect(toggleOn(tab)).toHaveAttribute('aria-pressed', 'true');
  await expectAreaShown(recipient, area);
  // The map fitted itself to the box, and that did not move the box.
  expect(areaOf(await recipient.fragment())).toEqual(area);
  recipient.assertNoPageErrors();
  await tab.close();
}

test('the map-area list around Almaty @phone', async ({ explorer, page }) => {
  test.setTimeout(120_000);
  const area = await turnOnAroundAlmaty(explorer, page);
  await expectAreaShown(explorer, area);
  // The pressed toggle and its note pass the accessibility rules.
  expect(await explorer.accessibilityViolations()).toEqual([]);
  await openInAnotherTab(page, await explorer.fragment(), false, area);

  // Zooming out widens the box, and every view follows it.
  await explorer.zoomMapOut(1);
  await expect.poll(async () => areaOf(await explorer.fragment())[0]).toBeLessThan(area[0]!);
  await expectAreaShown(explorer, areaOf(await explorer.fragment()));

  // Removing the chip turns it off: everything is back, and so is the map view in the link.
  await explorer.page
    .getByRole('button', { name: 'Remove filter: Map area', includeHidden: true })
    .dispatchEvent('click');
  await expect(toggleOn(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(explorer.summary).not.toContainText('only the map area');
  await expect.poll(() => explorer.fragment()).toMatch(/^map=/);
});

test.describe('drawn without WebGL2', () => {
  test.use({ mapRenderer: 'svg' });

  test('the map-area list around Almaty on the SVG map @phone', async ({ explorer, page }) => {
    test.setTimeout(120_000);
    const area = await turnOnAroundAlmaty(explorer, page);
    await expectAreaShown(explorer, area);
    await openInAnotherTab(page, await explorer.fragment(), true, area);
  });
});
