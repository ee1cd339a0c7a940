import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader applies a range of years and sees one chip, a fitted window and a summary naming it', async ({
  explorer,
}) => {
  await explorer.openReady();
  await explorer.applyYearRange(2011, 2026);
  await expect.poll(() => explorer.chips()).toEqual(['2011–2026']);
  await expect(explorer.summary).toContainText('2011–2026');
  // The address bar catches up after a pause.
  await expect.poll(async () => new Date((await explorer.viewInLink()).from).getUTCFullYear()).toBe(2011);
  expect(new Date((await explorer.viewInLink()).to).getUTCFullYear()).toBe(2026);
  await explorer.expectViewsAgree();

  // Choosing one year fits the window to it, and the summary names it.
  await explorer.filters.getByRole('button', { name: 'Remove filter: 2011–2026' }).click();
  await expect.poll(() => explorer.chips()).toEqual([]);
  await explorer.toggleYear(2022);
  await expect(explorer.summary).toContainText('2022');
  await expect.poll(async () => (await explorer.viewInLink()).from).toBe(Date.UTC(2022, 0, 1));
  await explorer.screenshot('year-range-chip');
});
