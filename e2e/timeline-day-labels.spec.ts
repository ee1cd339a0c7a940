import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader looking at one month sees its days along the timeline axis', async ({ explorer }) => {
  await explorer.openReady('from=2022-01-01&to=2022-01-31');
  await expect
    .poll(async () => (await explorer.timelineAxisLabels()).filter((t) => /^\d{1,2}$/.test(t)).length)
    .toBeGreaterThanOrEqual(10);
  const labels = await explorer.timelineAxisLabels();
  // Day numbers of January, not months or years.
  expect(labels).toContain('1');
  expect(labels.some((t) => /^(1[0-9]|2[0-9]|3[01])$/.test(t))).toBe(true);
  expect(labels.every((t) => !/^\d{4}$/.test(t))).toBe(true);
  // Above the days, the month and its year (format.test.ts covers the formatter mix-up that once made it "2000").
  const majors = explorer.timeline.locator('.vis-time-axis .vis-text.vis-major');
  await expect.poll(async () => (await majors.allTextContents()).map((t) => t.trim())).toContain('January 2022');
  await explorer.screenshot('timeline-one-month');
});
