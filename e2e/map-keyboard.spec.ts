import { expect, test } from './support/fixtures';
import { countAtPlace } from './support/dataset-oracle';

test('a keyboard reader moves between markers, hears them and opens an incident from the map', async ({
  explorer,
  page,
}) => {
  await explorer.openReady(explorer.placeView('almaty', 10));
  await explorer.expectMapDrawn();
  await explorer.mapFrame.focus();

  await page.keyboard.press('ArrowRight');
  await expect(explorer.mapAnnouncer).toHaveText(`Almaty: ${countAtPlace('almaty')} incidents`);
  await expect(page.getByTestId('marker-focus')).toBeVisible();
  await explorer.screenshot('map-keyboard');

  await page.keyboard.press('Enter');
  await expect(explorer.mapChooser).toBeVisible();
  // Focus moves into the list; Enter opens the entry.
  await expect(explorer.mapChooser.getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await explorer.expectDetailsFor(/Rumours spread/);
});
