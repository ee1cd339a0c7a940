import { countForLink } from './support/dataset-oracle';
import type { Explorer } from './support/driver';
import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

const DAY = 86_400_000;
const monthOf = (ms: number) => {
  const d = new Date(ms);
  return (d.getUTCFullYear() - 2022) * 12 + d.getUTCMonth();
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The link's window as the whole calendar month it should be, N months after January 2022. */
async function monthsMoved(explorer: Explorer) {
  const { from, to } = await explorer.viewInLink();
  const n = monthOf(from);
  expect(iso(from)).toBe(iso(Date.UTC(2022, n, 1)));
  expect(iso(to)).toBe(iso(Date.UTC(2022, n + 1, 1) - DAY));
  return n;
}

/**
 * Where the window stands once the link has caught up with the screen: the
 * link's month and the summary's range ("Mar 1 – 31, 2022") name the same one.
 */
async function monthOnScreen(explorer: Explorer) {
  let n = -1;
  await expect(async () => {
    n = await monthsMoved(explorer);
    const last = new Date(Date.UTC(2022, n + 1, 0)).getUTCDate();
    const range = new RegExp(`${MONTHS[n % 12]} 1\\s–\\s${last}, ${2022 + Math.floor(n / 12)}\\.`);
    await expect(explorer.summary).toContainText(range, { timeout: 200 });
  }).toPass();
  return n;
}

test('playback moving the window: a month at a time, sliding, and paused where the reader stops it', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('from=2022-01-01&to=2022-01-31');
  const historyBefore = await page.evaluate(() => history.length);
  const januaryRows = await explorer.listCount();
  expect(januaryRows).toBe(countForLink('from=2022-01-01&to=2022-01-31').shown);

  await explorer.choosePlayback({ step: 'Month', speed: '1×', mode: 'Slides on' });
  await explorer.playButton('Play').click();
  await expect(explorer.playbackAnnouncement).toContainText('Playing:');
  // At 1× a step takes a second; the link catches up after each.
  await expect.poll(async () => (await explorer.viewInLink()).from).toBeGreaterThanOrEqual(Date.UTC(2022, 2, 1));
  await explorer.playButton('Pause').click();
  await expect(explorer.playbackAnnouncement).toContainText('Paused:');
  await expect(explorer.playButton('Play')).toBeVisible();

  // Moved by exactly N whole months from 1 January, the window still a month long.
  const n = await monthOnScreen(explorer);
  expect(n).toBeGreaterThanOrEqual(2);
  const moved = `from=${iso(Date.UTC(2022, n, 1))}&to=${iso(Date.UTC(2022, n + 1, 1) - DAY)}`;
  await expect.poll(() => explorer.listCount()).toBe(countForLink(moved).shown);
  await expect(explorer.summary).toContainText(`Showing ${countForLink(moved).shown} of`);

  // Paused means paused: one step forward moves exactly one month more.
  await explorer.timeline.getByRole('button', { name: 'Step forward' }).click();
  await expect.poll(async () => monthOf((await explorer.viewInLink()).from)).toBe(n + 1);
  expect(await monthOnScreen(explorer)).toBe(n + 1);
  await explorer.timeline.getByRole('button', { name: 'Step back' }).click();
  await expect.poll(async () => monthOf((await explorer.viewInLink()).from)).toBe(n);
  expect(await monthOnScreen(explorer)).toBe(n);

  // The link holds the window as it stands, never the playing, and playback added no history entries.
  expect(await explorer.fragment()).not.toMatch(/play|speed|step|mode|sliding/);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await explorer.expectViewsAgree();
  expect(await explorer.accessibilityViolations()).toEqual([]);
  await explorer.screenshot('timeline-playback');
});

test('a keyboard reader plays and pauses with K in the timeline, and the brush pauses it', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('from=2022-01-01&to=2022-01-31');
  await explorer.choosePlayback({ step: 'Week', speed: '4×' });
  await explorer.startNotingChanges();
  // K works wherever focus is in the timeline pane (here on one of its toolbar buttons).
  await explorer.timeline.getByRole('button', { name: 'Next incident' }).focus();
  await page.keyboard.press('k');
  await expect(explorer.playButton('Pause')).toBeVisible();
  await expect.poll(async () => (await explorer.notedChanges()).summary.length).toBeGreaterThanOrEqual(8);
  await page.keyboard.press('k');
  await expect(explorer.playButton('Play')).toBeVisible();
  await expect(explorer.playbackAnnouncement).toContainText('Paused:');
  // Eight steps or more, a quarter of a second apart, were announced once or twice (at most every 4 s), not each.
  const noted = await explorer.notedChanges();
  const playing = noted.announced.filter((text) => text.startsWith('Playing:'));
  expect(playing.length).toBeGreaterThanOrEqual(1);
  expect(playing.length).toBeLessThanOrEqual(1 + Math.floor((noted.summary.at(-1)! - noted.summary[0]!) / 4000));
  expect(playing.length).toBeLessThan(noted.summary.length);

  await expect
    .poll(async () => ((await explorer.viewInLink()).from - Date.UTC(2022, 0, 1)) / (7 * DAY))
    .toBeGreaterThanOrEqual(8);
  const { from, to } = await explorer.viewInLink();
  // Weekly steps keep the window's length (1 to 31 January: 30 days between the link's first and last day).
  expect((to - from) / DAY).toBe(30);
  expect((from - Date.UTC(2022, 0, 1)) % (7 * DAY)).toBe(0);

  // Any window the reader sets pauses playback.
  await page.keyboard.press('k');
  await expect(explorer.playButton('Pause')).toBeVisible();
  await explorer.dragOverviewBrush(40);
  await expect(explorer.playButton('Play')).toBeVisible();
});

test.describe('with reduced motion', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('playback moves no faster than one step every 2 seconds, whatever the speed', async ({ explorer }) => {
    await explorer.openReady('from=2022-01-01&to=2022-01-31');
    const group = await explorer.choosePlayback({ speed: '4×' });
    await expect(group).toContainText('Reduced motion is on');
    await explorer.startNotingChanges();
    await explorer.playButton('Play').click();
    await expect
      .poll(async () => (await explorer.notedChanges()).summary.length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(3);
    await explorer.playButton('Pause').click();
    const times = (await explorer.notedChanges()).summary;
    const gaps = times.slice(1).map((t, k) => t - times[k]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1900);
  });
});

test('on a phone the timeline tab plays the window, and the map tab pauses it @phone-only', async ({ explorer }) => {
  await explorer.openReady('from=2022-01-01&to=2022-01-31');
  await explorer.showPane('Timeline');
  await explorer.choosePlayback({ step: 'Month', speed: '2×' });
  await explorer.playButton('Play').click();
  // The map follows the playing window; the tab bar offers Pause while the timeline is out of sight.
  await explorer.showPane('Map');
  await expect
    .poll(async () => (await explorer.viewInLink()).from, { timeout: 20_000 })
    .toBeGreaterThan(Date.UTC(2022, 0, 1));
  await explorer.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Pause' }).click();
  await explorer.showPane('Timeline');
  await expect(explorer.playButton('Play')).toBeVisible();
  expect(await monthOnScreen(explorer)).toBeGreaterThanOrEqual(1);
  await explorer.screenshot('timeline-playback-phone');
});
