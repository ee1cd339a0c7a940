import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader copies the permanent page of an open incident, told what the server sees, and it opens without the app', async ({
  explorer,
  page,
  browser,
}) => {
  await explorer.givenClipboard();
  await explorer.openReady();
  // With no incident open there is only the view to share.
  await expect(page.getByRole('button', { name: 'More ways to share this incident' })).toHaveCount(0);
  await explorer.toggleYear(2025);
  await explorer.openFromList(/police detain satirist Temirlan Yensebek/);
  await explorer.expectDetailsFor(/Yensebek/);

  const more = page.getByRole('button', { name: 'More ways to share this incident' });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('group', { name: 'More ways to share this incident' });
  await expect(options).toContainText('the server sees which page is requested');
  await options.getByRole('button', { name: 'Copy permanent page of this incident' }).click();
  await expect(page.getByText('Permanent page link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(new URL('/incidents/2025-01-17-almaty-police-detain-temirlan-yensebek/', page.url()).href);

  // Escape closes the options, not the incident behind them.
  await more.click();
  await expect(options).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(options).toHaveCount(0);
  await explorer.expectDetailsFor(/Yensebek/);

  // The private link is still the default, unchanged.
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '#id=2025-01-17-almaty-police-detain-temirlan-yensebek',
  );

  const other = await browser.newContext({ javaScriptEnabled: false });
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/Yensebek/);
  await other.close();
});
