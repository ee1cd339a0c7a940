import { expect, test } from './support/fixtures';
import { countForLink } from './support/dataset-oracle';

test('a reader clicks an incident on the timeline and the map highlights it', async ({ explorer }) => {
  await explorer.openReady('years=2016');
  await expect.poll(() => explorer.timelineItemCount()).toBe(countForLink('years=2016').shown);
  await explorer.clickTimelineItem(/armed group/i);

  await explorer.expectDetailsFor(/armed group/i);
  await expect.poll(() => explorer.mapSelectedId()).toBe('2016-06-aktobe-armed-group-attacks-national-guard');
  await expect(explorer.timeline.locator('.vis-item.vis-selected:not(.vis-dot)')).toHaveCount(1);
  await explorer.screenshot('select-on-timeline');
});
