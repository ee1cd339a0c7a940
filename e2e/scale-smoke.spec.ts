import { synthesizeIncidents } from '../src/cli/synth-core';
import { expect, test } from './support/fixtures';

test('a monitor with 10,000 incidents gets a fluid explorer: bins on the timeline, every view agreeing', async ({
  explorer,
  page,
}) => {
  test.setTimeout(120_000);
  const shipped = await explorer.givenShippedDataset();
  const list = <T>(file: unknown, key: string) => (file as Record<string, T[]>)[key] ?? [];
  const incidents = synthesizeIncidents(
    {
      places: list(shipped.places, 'places'),
      actors: list(shipped.actors, 'actors'),
      sources: list(shipped.sources, 'sources'),
      cases: list(shipped.cases, 'cases'),
    },
    { count: 10_000, seed: 1 },
  );
  await explorer.givenDataset({ ...shipped, incidents, narratives: { narratives: [] } } as never);
  await explorer.openReady();

  expect(await explorer.listCount()).toBe(10_000);
  await expect(explorer.summary).toContainText(/10[,. \u00a0\u202f]?000 of 10[,. \u00a0\u202f]?000/);
  // The timeline aggregates instead of holding 10,000 DOM items.
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-mode', 'bins');
  expect(await explorer.timeline.locator('.vis-item').count()).toBeLessThan(400);
  await explorer.expectViewsAgree();
  await explorer.screenshot('scale-10k');

  // Filtering keeps the views in step.
  await explorer.toggleOption('Detention');
  await expect.poll(() => explorer.listCount()).toBeLessThan(10_000);
  await explorer.expectViewsAgree();

  // Zooming in far enough shows individual incidents again, and selection works.
  await explorer.timeline.getByRole('combobox', { name: 'Year' }).selectOption('2022');
  for (let k = 0; k < 4; k++) await explorer.timelineButton('Zoom in');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-mode', 'items');
  await explorer.expectViewsAgree();
  const first = explorer.list.getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await explorer.expectDetailsFor(title);
  await expect(explorer.timeline.locator('.vis-item.vis-selected:not(.vis-dot)')).toHaveCount(1);
});
