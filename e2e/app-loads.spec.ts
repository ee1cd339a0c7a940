import { expect, test } from './support/fixtures';

test('a reader opens the explorer and sees the map, the timeline and the list', async ({ explorer }) => {
  await explorer.openReady();

  for (const name of ['Filters', 'Map', 'Timeline', 'Incidents', 'Incident details']) {
    await expect(explorer.region(name)).toBeAttached();
  }
  await expect(explorer.page.getByRole('banner')).toContainText('Kazakhstan Incident Explorer');
  await explorer.expectMapDrawn();
  await expect.poll(() => explorer.timelineItemCount()).toBeGreaterThan(0);
  expect(await explorer.listCount()).toBeGreaterThan(0);
  await explorer.screenshot('first-load');
});
