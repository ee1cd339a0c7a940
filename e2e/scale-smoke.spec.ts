import { synthesizeIncidents } from '../src/cli/synth-core';
import { expect, test } from './support/fixtures';

test('a monitor with 10,000 incidents gets a fluid explorer: bins on the timeline, every view agreeing', async ({
  explorer,
  page,
}) => {
  test.setTimeout(120_000);
  const shipped = await explorer.givenShippedDataset();
  const list = <T>(file: unknown, key: string) => (file as Record<string, T[]>)[key] ?? [];
  const { disputes, ...incidents } = synthesizeIncidents(
    {
      places: list(shipped.places, 'places'),
      actors: list(shipped.actors, 'actors'),
      sources: list(shipped.sources, 'sources'),
      cases: list(shipped.cases, 'cases'),
    },
    { count: 10_000, seed: 1 },
  );
  await explorer.givenDataset({
    ...shipped,
    incidents,
    disputes: { disputes },
    narratives: { narratives: [] },
  } as never);
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
  for (let k = 0; k < 4; k++) await explorer.timelineButton('Zoom in on the timeline');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-mode', 'items');
  await explorer.expectViewsAgree();
  const first = explorer.list.getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await explorer.expectDetailsFor(title);
  await expect(explorer.timeline.locator('.vis-item.vis-selected:not(.vis-dot)')).toHaveCount(1);

  // A case with hundreds of incidents shows the stretch around the open one, and the whole case on request.
  const byCase = new Map<string, string[]>();
  for (const inc of incidents.incidents)
    for (const c of inc.cases ?? []) byCase.set(c, [...(byCase.get(c) ?? []), inc.id]);
  const [, members] = [...byCase].sort((a, b) => b[1].length - a[1].length)[0]!;
  expect(members.length).toBeGreaterThan(100);
  const inOneCase = new Set(incidents.incidents.filter((i) => i.cases?.length === 1).map((i) => i.id));
  const middle = members.slice(members.length / 2).find((id) => inOneCase.has(id))!;
  await explorer.openReady(`id=${middle}`);
  const thread = explorer.details.locator('.case-thread').first();
  await expect(thread.locator('li')).toHaveCount(11);
  await expect(thread.locator('li[data-current="true"]')).toHaveCount(1);
  await explorer.details.getByRole('button', { name: `Show the whole case (${members.length} incidents)` }).click();
  await expect(thread.locator('li')).toHaveCount(members.length);
});
