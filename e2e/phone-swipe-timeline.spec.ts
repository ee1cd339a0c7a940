import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader on a phone swipes the timeline and the window moves, keeping its span @phone-only', async ({
  explorer,
}) => {
  await explorer.openReady('from=2022-01-01&to=2022-03-01');
  await explorer.showPane('Timeline');
  await expect(explorer.timeline.locator('.vis-panel.vis-center')).toBeVisible();
  // The tab shows the window the link asked for, not a stale one.
  await expect.poll(async () => await explorer.timelineAxisText()).toMatch(/Jan|Feb/);
  // Two months on a phone's width: the ticks are days, not months.
  await expect.poll(async () => (await explorer.timelineAxisLabels()).join(' ')).toMatch(/\b(9|16|23)\b/);
  const before = await explorer.viewInLink();

  await explorer.swipeTimeline(-150);
  await expect.poll(async () => (await explorer.viewInLink()).from).toBeGreaterThan(before.from);
  const after = await explorer.viewInLink();
  const span = (w: { from: number; to: number }) => w.to - w.from;
  // The link stores whole days: the span may round by a day, never more.
  expect(Math.abs(span(after) - span(before))).toBeLessThanOrEqual(86_400_000);
  // The list follows the moved window: it holds exactly what the summary counts.
  await explorer.showPane('List');
  await expect(explorer.summary).toContainText(`Showing ${await explorer.listCount()} of`);
});
