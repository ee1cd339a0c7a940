import { expect, test } from './support/fixtures';

test('a reader clicks an incident on the map and the detail and timeline follow', async ({ explorer }) => {
  await explorer.givenMapHandle();
  await explorer.openReady(explorer.placeView('aktobe', 9));
  await explorer.expectMapDrawn();
  // The click lands on a drawn marker once the map has settled.
  await explorer.waitForMapIdle();
  await explorer.clickMapCentre();

  await explorer.expectDetailsFor(/Aktobe|armed group/i);
  await expect.poll(() => explorer.timelineSelectedText()).toMatch(/armed group/i);
  await expect.poll(() => explorer.mapSelectedId()).toBe('2016-06-aktobe-armed-group-attacks-national-guard');
  await explorer.screenshot('select-on-map');
});
