import { expect, test } from './support/fixtures';

test('a reader on a slow connection sees the map, in their language and where the link points, while the incidents download', async ({
  explorer,
  page,
}) => {
  await explorer.givenMapHandle();
  const release = await explorer.givenSlowIncidents();
  await explorer.open('lang=ru&map=9/51.1801/71.446&from=2022-01-01&to=2022-01-31');

  // Before a single incident has arrived: the page is in the link's language, says what it is doing,
  // has drawn the basemap and already frames the link's place and month.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('load-status')).toContainText('Загрузка набора данных');
  await expect(page.locator('[data-testid="map"][data-basemap="drawn"]')).toBeVisible({ timeout: 30_000 });
  await expect(explorer.page.locator('[data-testid="map"]')).not.toHaveAttribute('data-ready', 'true');
  await explorer.expectLinkHoldsMap();
  await explorer.screenshot('early-frame-before-data');
  // A month: the axis counts its days (the region is named in Russian, so it is found by its test id).
  const days = page.locator('[data-testid="timeline"] .vis-time-axis .vis-text.vis-minor');
  await expect
    .poll(async () => (await days.allTextContents()).map((t) => t.trim()))
    .toEqual(expect.arrayContaining(['1', '15', '29']));

  // Meanwhile the map draws its other layers, one kind a frame: the markers' shaders are compiled by stand-ins
  // under the water, which are gone once every kind has been drawn.
  const drawn = async (id: string) => (await explorer.mapLayers()).find((l) => l.id === id)?.drawn ?? false;
  await expect.poll(() => drawn('country-labels'), { timeout: 30_000 }).toBe(true);
  const before = await explorer.mapLayers();
  expect(before.filter((l) => !l.drawn).map((l) => l.id)).toEqual([]);
  expect(before.map((l) => l.id)).toEqual(expect.arrayContaining(['incident-points', 'incident-clusters', 'borders']));
  expect(before.filter((l) => l.id.startsWith('first-draw-'))).toEqual([]);
  await expect(explorer.page.locator('[data-testid="map"]')).not.toHaveAttribute('data-ready', 'true');

  release();
  await explorer.waitUntilReady();
  await expect(page.getByTestId('load-status')).toHaveCount(0);
  await expect(explorer.summary).toContainText('1–31 янв. 2022 г.');
});
