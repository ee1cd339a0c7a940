import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader drags the overview brush and the timeline window and the list follow', async ({ explorer, page }) => {
  await explorer.openReady('from=2022-01-01&to=2022-12-31');
  const brush = explorer.overviewBrush;
  await expect(brush).toBeVisible();
  const before = await explorer.viewInLink();
  const rowsBefore = await explorer.listCount();

  // Drag the brush towards later years.
  await explorer.dragOverviewBrush(60);
  await expect.poll(async () => (await explorer.viewInLink()).from).toBeGreaterThan(before.from);
  const after = await explorer.viewInLink();
  expect(Math.abs(after.to - after.from - (before.to - before.from))).toBeLessThanOrEqual(86_400_000);
  await expect.poll(() => explorer.listCount()).not.toBe(rowsBefore);
  await explorer.expectViewsAgree();
  await expect(explorer.summary).toContainText(`Showing ${await explorer.listCount()} of`);

  // The keyboard moves it too: Home goes to the start of the date range.
  await brush.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => new Date((await explorer.viewInLink()).from).getUTCFullYear()).toBe(1986);
  await expect(brush).toHaveAttribute('aria-valuetext', /1986/);
  await explorer.expectViewsAgree();
  await explorer.screenshot('overview-brush');
});
