import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a researcher filters by year and by actor, and map, timeline and list agree', async ({ explorer }) => {
  await explorer.openReady();
  const total = await explorer.listCount();
  await explorer.expectViewsAgree();

  await explorer.toggleYear(2026);
  await expect.poll(() => explorer.listCount()).toBeLessThan(total);
  await explorer.expectViewsAgree();
  await expect(explorer.summary).toContainText(/Showing \d+ of \d+ incidents/);
  await expect.poll(() => explorer.fragment()).toContain('years=2026');
  await explorer.screenshot('filter-year');

  // The alias spelling finds the organisation.
  await explorer.findActor('Atazhurt');
  await explorer.toggleOption(/^Atajurt/);
  await expect(explorer.filters.getByRole('button', { name: 'Remove filter: Atajurt' })).toBeVisible();
  await explorer.expectViewsAgree();
  const both = await explorer.listCount();
  expect(both).toBeGreaterThan(0);
  await expect.poll(() => explorer.fragment()).toContain('actors=atajurt');
  await explorer.screenshot('filter-year-actor');

  // Every listed incident is from 2026 and involves Atajurt.
  const dates = await explorer.list.locator('[role="row"]:not(.head) .col-date').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d).toContain('2026');

  await explorer.filters.getByRole('button', { name: 'Clear all' }).click();
  await expect.poll(() => explorer.listCount()).toBe(total);
  await explorer.expectViewsAgree();
});
