import { expect, test } from './support/fixtures';
import { countAtPlace } from './support/dataset-oracle';

// The subject is the map drawn without WebGL2 (Tor Browser's safest setting).
test.use({ mapRenderer: 'svg' });

test('a reader without WebGL2 sees the largest group on top, towns named in their language, and places around them when zooming in', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('lang=en');
  expect(await explorer.mapRenderer()).toBe('svg');
  const map = explorer.map;

  // Almaty and Talgar District overlap at the country view: one marker holding both counts, not the 2 over the 14.
  const both = countAtPlace('almaty') + countAtPlace('talgar-district');
  const group = map.getByRole('button', { name: /^Almaty, Talgar District/ });
  await expect(group).toBeVisible();
  const grouped = Number(/: (\d+) incidents/.exec((await group.getAttribute('aria-label')) ?? '')?.[1]);
  expect(grouped).toBeGreaterThanOrEqual(both);
  // The larger groups are drawn last, on top: Almaty's is the last marker in the drawing order.
  const counts = await map
    .locator('.fallback-marker[aria-label]')
    .evaluateAll((nodes) =>
      nodes.map((n) => Number(/(\d+) incidents?$/.exec(n.getAttribute('aria-label') ?? '')?.[1] ?? 1)),
    );
  expect(counts.at(-1)).toBe(Math.max(...counts));

  // Town names from the basemap gazetteer, in the reader's language, never covered by a marker.
  // By test id: the map region's name changes with the language.
  const canvas = page.getByTestId('map');
  const names = () => canvas.locator('.fallback-label').allTextContents();
  await expect.poll(names).toContain('Astana');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect.poll(names).toContain('Астана');
  await explorer.screenshot('fallback-map-country-ru');

  // Three steps in: still towns and villages around, not an empty canvas.
  const zoomIn = canvas.getByRole('button', { name: 'Приблизить', exact: true });
  for (let k = 0; k < 3; k++) await zoomIn.click();
  // A town's name, not only the country's: the canvas is never empty beige.
  await expect.poll(() => canvas.locator('.fallback-label.town').count()).toBeGreaterThanOrEqual(1);
  await explorer.screenshot('fallback-map-zoomed-ru');
  await expect.poll(() => explorer.fragment()).toContain('lang=ru');
});
