import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader on a phone taps a timeline item and opens exactly that incident, changing no filter @phone-only', async ({
  explorer,
}) => {
  await explorer.openReady('from=2022-01-01&to=2022-01-31');
  await explorer.showPane('Timeline');
  await expect(explorer.timeline.locator('.tl-item-title').first()).toBeVisible();
  const before = new URLSearchParams(await explorer.fragment());
  const openedId = async () => new URLSearchParams(await explorer.fragment()).get('id');

  for (const row of [0, 1, 2]) {
    // The right end of an upper row is where the opened panel puts its buttons.
    const title = await explorer.tapTimelineItemNearRightEnd(row);
    await explorer.expectDetailsFor(title);
    // Opening is navigation: the address holds the whole view once it names the incident.
    await expect.poll(openedId).not.toBeNull();
    const after = new URLSearchParams(await explorer.fragment());
    for (const key of ['actors', 'categories', 'places', 'years', 'q', 'contested', 'actor']) {
      expect(after.get(key), `${key} after tapping “${title}”`).toBe(before.get(key));
    }
    await expect(explorer.details).toBeVisible();
    await explorer.details.getByRole('button', { name: 'Close incident details' }).click();
    await explorer.showPane('Timeline');
  }
  await explorer.screenshot('phone-tap-timeline');
});
