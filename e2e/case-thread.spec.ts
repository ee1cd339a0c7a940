import { expect, test } from './support/fixtures';

test('a researcher opens one incident of a case and sees the whole case on map, timeline and detail', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('id=2025-04-10-astana-journalist-akhmedyarov-detained');
  await explorer.expectDetailsFor(/Akhmedyarov/);

  // The detail panel lists the case in date order: the 2022 arrest comes before the 2025 detention.
  const thread = explorer.details.locator('.case-thread').first();
  const items = await thread.locator('li').allTextContents();
  const arrest = items.findIndex((t) => /arrested/i.test(t));
  const current = items.findIndex((t) => /detained while filming/i.test(t));
  expect(arrest).toBeGreaterThanOrEqual(0);
  expect(arrest).toBeLessThan(current);

  // A line joins the case's places on the map, and its other incidents are highlighted on the timeline.
  // A line needs two points at least; a missing attribute reads as none.
  await expect
    .poll(async () => Number((await page.getByTestId('map').getAttribute('data-case-thread-points')) ?? 0))
    .toBeGreaterThanOrEqual(2);
  await expect(explorer.timeline.locator('.vis-item.tl-case').first()).toBeAttached();
  await explorer.screenshot('case-thread');

  // The person's page lists everything that happened to them, with a link to that filtered view.
  await explorer.details.getByRole('button', { name: 'About Lukpan Akhmedyarov' }).click();
  const actorPage = page.getByTestId('actor-page');
  await expect(actorPage.getByRole('heading', { level: 2 })).toHaveText(/Akhmedyarov/);
  await expect.poll(() => explorer.fragment()).toContain('actor=lukpan-akhmedyarov');
  const listed = await actorPage.locator('.actor-incidents li').count();
  expect(listed).toBeGreaterThanOrEqual(3);
  await explorer.screenshot('actor-page');
  await actorPage.getByRole('link', { name: /Show all \d+ incidents/ }).click();
  await expect.poll(() => explorer.listCount()).toBe(listed);
  await explorer.expectViewsAgree();
});
