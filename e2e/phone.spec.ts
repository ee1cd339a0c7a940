import { expect, test } from './support/fixtures';

test('a reader on a phone filters in a sheet, switches views, taps the timeline and opens a shared link full-screen @phone-only', async ({
  explorer,
  page,
}) => {
  await explorer.openReady();
  await explorer.expectMapDrawn();
  await explorer.screenshot('phone-map');

  // Filters open in a sheet over everything and close with a results button.
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(explorer.filters).toBeVisible();
  await explorer.toggleYear(2026);
  await explorer.screenshot('phone-filters');
  await explorer.filters.getByRole('button', { name: /^Show \d+ incidents?$/ }).click();
  await expect(explorer.filters).toBeHidden();

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(explorer.timeline).toBeVisible();
  await expect(explorer.map).toBeHidden();
  await explorer.screenshot('phone-timeline');

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(explorer.list).toBeVisible();
  await expect(explorer.summary).toContainText(`Showing ${await explorer.listCount()} of`);
  await explorer.openFromList(/Talgar|Rakizhan/);
  const details = explorer.details;
  await expect(details).toBeVisible();
  const box = await details.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(350);
  await explorer.screenshot('phone-detail');

  // Touch targets are at least 24 px.
  for (const button of await page.getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const b = await button.boundingBox();
    if (b) expect(Math.min(b.width, b.height), (await button.textContent()) ?? '').toBeGreaterThanOrEqual(24);
  }

  await details.getByRole('button', { name: 'Close incident details' }).click();
  await expect(explorer.list).toBeVisible();

  // The timeline works by touch: a tap on an incident opens it.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const item = explorer.timeline.locator('.vis-item:not(.vis-background)').first();
  await item.tap();
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).not.toBeEmpty();
  await details.getByRole('button', { name: 'Close incident details' }).click();
  await expect(explorer.timeline).toBeVisible();

  // A link shared to a phone opens its incident full-screen; closing it shows the map.
  await explorer.open('id=2025-04-10-astana-journalist-akhmedyarov-detained');
  await explorer.expectDetailsFor(/Akhmedyarov/);
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: 'Close incident details' }).click();
  await expect(explorer.map).toBeVisible();
  await expect.poll(() => explorer.fragment()).not.toContain('id=');
});
