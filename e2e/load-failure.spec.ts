import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader whose dataset download fails sees why and can retry', async ({ explorer, page }) => {
  explorer.allowErrors(/Failed to load resource/);
  let failing = true;
  // The incidents fail in both their forms: the packed file the page reads first, and the JSON it falls back to.
  await page.route('**/data/incidents.{json,arrow}', (route) =>
    failing ? route.fulfill({ status: 503, body: '' }) : route.fallback(),
  );
  await explorer.open();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText('incidents.json could not be downloaded (HTTP 503)');
  await explorer.screenshot('load-error');

  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await explorer.waitUntilReady();
  expect(await explorer.listCount()).toBeGreaterThan(0);
});
