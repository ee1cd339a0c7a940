import { expect, test } from './support/fixtures';
import type { DatasetFiles } from './support/driver';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

type File = keyof DatasetFiles & string;

/**
 * One damaged file and one failed download: the page shows each kind of message
 * in place of the explorer. Every other way a file can be broken, with its exact
 * wording, is checked without a browser in src/data/load.test.ts.
 */
const BROKEN: { name: string; file: File; body?: string; status?: number; says: string | RegExp }[] = [
  {
    name: 'truncated-json',
    file: 'places',
    body: '{"places": [{"id": "almaty", ',
    says: 'places.json is not valid JSON',
  },
  { name: 'missing', file: 'sources', status: 404, says: 'sources.json could not be downloaded (HTTP 404)' },
];

test('a reader meets a broken dataset: whatever is wrong, the page names the file and the fault, never a blank page', async ({
  explorer,
  page,
}) => {
  // Four fresh page loads, two of them to a working explorer.
  test.setTimeout(90_000);
  explorer.allowErrors(/Failed to load resource/);
  for (const b of BROKEN) {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    if (b.status) await explorer.givenDatasetFileFails(`${b.file}.json`, b.status);
    else await explorer.givenDataset({ [b.file]: b.body });
    // Each case starts from a fresh document, as a reader arriving at the site would.
    await page.goto('about:blank');
    await explorer.open();

    const alert = page.getByRole('alert');
    await expect(alert, b.name).toContainText('The dataset could not be loaded');
    await expect(alert, b.name).toContainText(b.says);
    // Only a failed download is worth retrying; a damaged file needs its maintainers.
    await expect(alert, b.name).toContainText(
      b.status ? 'Check your connection to this site and try again' : 'The file on this site is damaged',
    );
    await expect(alert.getByRole('button', { name: 'Try again' }), b.name).toBeVisible();
    // The rest of the page is still there around the message.
    await expect(page.getByRole('heading', { level: 1, name: 'Kazakhstan Incident Explorer' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
    await explorer.screenshot(`broken-dataset-${b.name}`);
  }

  // A host that answers the missing optional narratives file with its start page is not a broken dataset.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route('**/data/narratives.json', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Start page</title>' }),
  );
  await page.goto('about:blank');
  await explorer.openReady();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await explorer.listCount()).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Stories' })).toHaveCount(0);

  // An optional file that is there but broken costs only what it holds, and the page says which file.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await explorer.givenDatasetFileFails('narratives.json', 500);
  await page.route('**/data/disputes.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"disputes": [' }),
  );
  await page.goto('about:blank');
  await explorer.openReady();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await explorer.listCount()).toBeGreaterThan(80);
  await expect(page.getByRole('button', { name: 'Stories' })).toHaveCount(0);
  const notice = page.getByTestId('notice-data');
  await expect(notice).toContainText('2 data files could not be read; everything else is shown without them.');
  await notice.getByText('Show 2 details').click();
  await expect(notice).toContainText('narratives.json could not be downloaded (HTTP 500)');
  await expect(notice).toContainText('disputes.json is not valid JSON');
  await explorer.screenshot('broken-optional-files');
});
