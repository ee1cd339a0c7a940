import { expect, test } from './support/fixtures';

test('a reader opens the explorer and sees the map, the timeline and the list @phone', async ({ explorer }) => {
  await explorer.openReady();
  // The shipped dataset was checked when the app was built; the browser takes it as vouched for.
  await expect(explorer.page.locator('.app')).toHaveAttribute('data-dataset-check', 'build');

  for (const name of ['Filters', 'Map', 'Timeline', 'Incidents', 'Incident details']) {
    await expect(explorer.page.getByRole('region', { name, exact: true, includeHidden: true })).toBeAttached();
  }
  await expect(explorer.page.getByRole('banner')).toContainText('Kazakhstan Incident Explorer');
  await explorer.expectMapDrawn();
  await explorer.screenshot('first-load');
  await explorer.showPane('Timeline');
  await expect.poll(() => explorer.timelineItemCount()).toBeGreaterThan(0);
  await explorer.showPane('List');
  expect(await explorer.listCount()).toBeGreaterThan(0);
});
