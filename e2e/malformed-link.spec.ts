import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

/** The version of the shipped dataset, which every link the app writes names. */
const VERSION = (JSON.parse(readFileSync('data/incidents.json', 'utf8')) as { version: string }).version;

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader follows a broken link: the app loads, applies what it can and says what it ignored', async ({
  explorer,
}) => {
  await explorer.openReady(
    'years=2026-2022,abc&actors=atajurt,nobody-here&id=no-such-incident&from=2022-13-01&to=x&zoom=9&map=999/1/1&data=latest',
  );

  const notice = explorer.page.getByTestId('notice-link');
  await expect(notice).toContainText('could not be used');
  await notice.getByText(/Show \d+ details/).click();
  await expect(notice).toContainText('no incident "no-such-incident"');
  await expect(notice).toContainText('nobody-here');
  await expect(notice).toContainText('unknown parameter "zoom"');
  await expect(notice).toContainText('data: "latest" is not a dataset version');

  // The valid parts still apply.
  await expect(explorer.filters.getByRole('button', { name: 'Remove filter: Atajurt' })).toBeVisible();
  await expect(explorer.filters.getByRole('button', { name: 'Remove filter: 2022' })).toBeVisible();
  await explorer.expectViewsAgree();
  // The address bar now shows the cleaned-up link, with the window those years show.
  expect(await explorer.fragment()).toBe(
    `years=2022-2026&actors=atajurt&from=2022-01-01&to=2026-12-31&data=${VERSION}`,
  );
  await explorer.screenshot('malformed-link');
});
