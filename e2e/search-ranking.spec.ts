import { expect, test } from './support/fixtures';
import { countAtPlace } from './support/dataset-oracle';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a reader searching for Almaty sees the incidents that happened there first, each row saying where its words were found', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('lang=en');
  await explorer.search('Almaty');
  // Almaty itself and Talgar District, which lies in Almaty Region.
  const placed = countAtPlace('almaty') + countAtPlace('talgar-district');
  await expect(explorer.list.locator('.list-tally')).toContainText(`${placed} placed in`);

  // The list's default order while searching is the match: every row placed there comes before the rest.
  const rows = explorer.list.locator('[data-row-id]');
  await expect(rows.first()).toBeVisible();
  const read = () =>
    rows.evaluateAll((nodes) =>
      nodes
        .map((n) => ({
          top: n.getBoundingClientRect().top,
          place: n.querySelector('.col-place')?.textContent ?? '',
          found: n.querySelector('.col-relevance')?.textContent ?? '',
        }))
        .sort((a, b) => a.top - b.top),
    );
  const shown = await read();
  expect(shown.length).toBeGreaterThan(placed);
  for (const row of shown.slice(0, placed)) {
    expect(['Almaty', 'Talgar District']).toContain(row.place);
    expect(row.found).toMatch(/^Found in: .*(place|region)/);
  }
  // The next rows only mention it, and say where: a quote, a title, a summary or a named organisation.
  expect(shown[placed]!.found).toMatch(/^Found in: /);
  expect(shown[placed]!.found).not.toMatch(/\bplace\b/);
  await expect(page.getByRole('columnheader', { name: /Match/ })).toBeVisible();
  await explorer.screenshot('search-ranking');
});
