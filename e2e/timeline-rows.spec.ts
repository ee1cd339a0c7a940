import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg', viewport: { width: 1366, height: 768 } });

test('a reader at 1366×768 sees six rows of incidents, drags the scrollbar to the rest, and "All dates" gives the width to the busy years', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('lang=en');
  const rows = explorer.timeline.locator('.vis-panel.vis-center');
  const rowTops = async () => {
    const box = (await rows.boundingBox())!;
    const tops = await explorer.timeline
      .locator('.vis-item.vis-range:not(.vis-background), .vis-item.vis-point')
      .evaluateAll((items) => items.map((e) => Math.round(e.getBoundingClientRect().top)));
    return [...new Set(tops)].filter((t) => t >= box.y - 1 && t + 20 <= box.y + box.height);
  };
  // Six rows wholly inside the timeline, not three and a half.
  await expect.poll(async () => (await rowTops()).length).toBeGreaterThanOrEqual(6);

  // A scrollbar anyone can see and grab, whatever the platform's own scrollbars do.
  const thumb = explorer.timeline.locator('.tl-scrollbar-thumb');
  await expect(thumb).toBeVisible();
  const thumbBox = (await thumb.boundingBox())!;
  expect(thumbBox.width).toBeGreaterThanOrEqual(8);
  // The first title wholly inside the rows' window.
  const firstTitle = () =>
    rows.evaluate((panel) => {
      const top = panel.getBoundingClientRect().top;
      const shown = [...panel.querySelectorAll('.tl-item-title')].filter((e) => e.getBoundingClientRect().top >= top);
      shown.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return shown[0]?.textContent ?? '';
    });
  const before = await firstTitle();
  await page.mouse.move(thumbBox.x + thumbBox.width / 2, thumbBox.y + 5);
  await page.mouse.down();
  await page.mouse.move(thumbBox.x + thumbBox.width / 2, thumbBox.y + 90, { steps: 5 });
  await page.mouse.up();
  await expect.poll(firstTitle).not.toBe(before);

  // "All dates": the long quiet years are drawn compressed, and say so.
  const marks = explorer.timeline.locator('.tl-quiet');
  await expect(marks.first()).toBeAttached();
  const names = await explorer.timeline
    .locator('.tl-quiet-label')
    .evaluateAll((e) => e.map((n) => n.getAttribute('title')));
  expect(names).toContain('1987–1991 drawn compressed: no incident shown begins or ends in these years');
  await explorer.screenshot('timeline-rows-all-dates');

  // Any other window is linear again: no compressed stretch.
  await explorer.timelineButton('Zoom in on the timeline');
  await expect(marks).toHaveCount(0);
});
