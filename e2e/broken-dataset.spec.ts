import { expect, test } from './support/fixtures';
import type { DatasetFiles } from './support/driver';

type File = keyof DatasetFiles & string;

/** Ways a deployed dataset file can be broken, and what the reader must be told about each. */
const BROKEN: { name: string; file: File; body?: string; status?: number; says: string | RegExp }[] = [
  { name: 'not-json', file: 'incidents', body: '<html>Not found</html>', says: 'incidents.json is not valid JSON' },
  {
    name: 'truncated-json',
    file: 'places',
    body: '{"places": [{"id": "almaty", ',
    says: 'places.json is not valid JSON',
  },
  { name: 'empty', file: 'actors', body: '', says: 'actors.json is empty' },
  { name: 'blank', file: 'cases', body: ' \n\t ', says: 'cases.json is empty' },
  { name: 'array', file: 'incidents', body: '[]', says: /incidents\.json is not a dataset/ },
  { name: 'wrong-object', file: 'incidents', body: '{"foo":1}', says: /incidents\.json is not a dataset/ },
  { name: 'json-null', file: 'sources', body: 'null', says: 'sources.json is not a JSON object with a "sources" list' },
  { name: 'no-list', file: 'places', body: '{"foo":1}', says: 'places.json has no "places" list' },
  { name: 'missing', file: 'sources', status: 404, says: 'sources.json could not be downloaded (HTTP 404)' },
  { name: 'server-error', file: 'actors', status: 500, says: 'actors.json could not be downloaded (HTTP 500)' },
];

test('a reader meets a broken dataset: whatever is wrong, the page names the file and the fault, never a blank page', async ({
  explorer,
  page,
}) => {
  // Twelve fresh page loads, two of them to a working explorer.
  test.setTimeout(150_000);
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
