import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader copies a link to exactly what they see and it reopens the same view', async ({
  explorer,
  page,
  browser,
}) => {
  await explorer.givenClipboard();
  await explorer.openReady();
  await explorer.toggleYear(2025);
  await explorer.openFromList(/police detain satirist Temirlan Yensebek/);
  await explorer.expectDetailsFor(/Yensebek/);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#');
  expect(link).toContain('years=2025');
  expect(link).toContain('id=2025-01-17-almaty-police-detain-temirlan-yensebek');

  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Incident details' }).getByRole('heading', { level: 2 })).toHaveText(
    /Yensebek/,
  );
  await other.close();
});
