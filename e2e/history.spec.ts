import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('Back closes an opened incident and Forward reopens it; filters do not flood history', async ({
  explorer,
  page,
}) => {
  await explorer.openReady();
  const start = await page.evaluate(() => history.length);

  await explorer.toggleYear(2019);
  await explorer.toggleYear(2022);
  await expect.poll(() => explorer.fragment()).toContain('years=2019,2022');
  // Filter changes replace the entry rather than pushing new ones.
  expect(await page.evaluate(() => history.length)).toBe(start);

  await explorer.openFromList(/Tulesova/);
  await explorer.expectDetailsFor(/Tulesova/);
  await expect.poll(() => explorer.fragment()).toMatch(/id=2019-04-21-almaty-tulesova/);

  await page.goBack();
  await expect(explorer.list).toBeVisible();
  await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveCount(0);
  expect(await explorer.fragment()).toContain('years=2019,2022');

  await page.goForward();
  await explorer.expectDetailsFor(/Tulesova/);
});
