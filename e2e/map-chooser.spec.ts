import { expect, test } from './support/fixtures';
import { countAtPlace } from './support/dataset-oracle';

test('a reader opens the Almaty group and chooses from a list that is fully visible @phone', async ({
  explorer,
  page,
}) => {
  await explorer.givenMapHandle();
  await explorer.openReady(explorer.placeView('almaty', 10));
  await explorer.showPane('Map');
  await explorer.expectMapDrawn();
  await explorer.waitForMapIdle();
  await explorer.clickMapCentre();

  const chooser = explorer.mapChooser;
  await expect(chooser).toBeVisible();
  const almaty = countAtPlace('almaty');
  await expect(chooser.getByRole('heading')).toHaveText(`Almaty: ${almaty} incidents`);
  const entries = chooser.getByRole('listitem');
  await expect(entries).toHaveCount(almaty);
  // Each entry shows its category symbol, date and title.
  await expect(entries.first().locator('.swatch')).toHaveText(/\S/);

  // Entirely inside the map, and nothing sits on top of it.
  const map = await explorer.boxOf(explorer.map);
  const box = await explorer.boxOf(chooser);
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
  for (const [x, y] of [
    [box.x + 8, box.y + 8],
    [box.x + box.width - 8, box.y + box.height - 8],
    [box.x + 8, box.y + box.height - 8],
  ]) {
    const onTop = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px!, py!)?.closest('[data-testid]')?.getAttribute('data-testid'),
      [x, y],
    );
    expect(onTop).toBe('map-chooser');
  }
  await explorer.screenshot('map-chooser');

  // The last entry is reached by scrolling within the chooser.
  const last = entries.last().getByRole('button');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await entries.nth(1).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await explorer.expectDetailsFor(/December 1986 protests/);
  await expect(chooser).toBeHidden();
  // The chooser is gone: focus is on the incident it opened, not lost on the page.
  await expect(explorer.details.getByRole('heading', { level: 2 }).first()).toBeFocused();
  // Closing returns to the map it came from, not to the list.
  await page.keyboard.press('Escape');
  await expect(page.locator('.map-frame')).toBeFocused();
});
