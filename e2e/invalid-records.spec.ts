import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

type Row = Record<string, unknown>;

test('a reader opens a dataset with some broken records: the good ones show everywhere, the broken ones are named', async ({
  explorer,
}) => {
  const shipped = await explorer.givenShippedDataset();
  const file = shipped.incidents as { version: string; updated: string; incidents: Row[] };
  const template = file.incidents.find((r) => r['place'] === 'almaty' && (r['actors'] as unknown[]).length > 0)!;
  const like = (id: string, patch: Row): Row => ({ ...structuredClone(template), id, ...patch });
  const withoutTitle = like('broken-missing-title', {});
  delete withoutTitle['title'];

  // Each carries a word no other record has, to find it by.
  const added = [
    {
      word: 'quokka',
      row: like('added-valid-almaty', { title: { en: 'Added in Almaty: quokka' }, date: '2024-02-29' }),
    },
    {
      word: 'wombat',
      row: like('added-valid-unlocated', {
        title: { en: 'Added without a place: wombat' },
        date: '2003',
        place: null,
        locationPrecision: 'unknown',
      }),
    },
  ];
  // Each is skipped and reported with the field that is wrong.
  const broken: { row: Row; field: string; says: string | RegExp }[] = [
    { row: withoutTitle, field: 'title', says: /expected object/ },
    {
      row: like('broken-bad-category', { title: { en: 'Broken: arson' }, category: 'arson' }),
      field: 'category',
      says: /category|option/i,
    },
    { row: like('broken-impossible-day', { date: '2025-02-30' }), field: 'date', says: '"2025-02-30" is not a date' },
    { row: like('broken-too-early', { date: '1850' }), field: 'date', says: 'date is outside 1986–2026' },
    {
      row: like(template['id'] as string, { title: { en: 'Broken: a second record with a taken id' } }),
      field: 'id',
      says: 'duplicate id; later record skipped',
    },
    { row: like('broken-unknown-place', { place: 'atlantis' }), field: 'place', says: 'unknown place "atlantis"' },
    {
      row: like('broken-unknown-actor', { actors: [{ actor: 'nobody-at-all', role: 'target' }] }),
      field: 'actors.0.actor',
      says: 'unknown actor "nobody-at-all"',
    },
  ];
  const total = file.incidents.length + added.length;
  await explorer.givenDataset({
    ...shipped,
    incidents: { ...file, incidents: [...file.incidents, ...added.map((a) => a.row), ...broken.map((b) => b.row)] },
  });
  await explorer.openReady();
  // Files that do not match the build's manifest are validated here, record by record.
  await expect(explorer.page.locator('.app')).toHaveAttribute('data-dataset-check', 'browser');

  // The good records all load, and map, timeline and list agree on them.
  expect(await explorer.listCount()).toBe(total);
  await expect(explorer.summary).toContainText(`Showing ${total} of ${total} incidents`);
  await explorer.expectViewsAgree(total);
  for (const { word, row } of added) {
    const title = (row['title'] as { en: string }).en;
    await explorer.search(word);
    await expect.poll(() => explorer.listCount()).toBe(1);
    await explorer.expectViewsAgree(1);
    await expect(explorer.timeline.locator('.vis-item', { hasText: title })).toBeVisible();
    await explorer.openFromList(title);
    await explorer.expectDetailsFor(title);
    await explorer.closeDetails();
  }
  // A broken record is nowhere, not even in search.
  await explorer.search('Broken arson');
  await expect.poll(() => explorer.listCount()).toBe(0);
  await explorer.expectViewsAgree(0);
  await explorer.search('');

  // The notice says how many records were skipped, and its details name each by id and field.
  const notice = explorer.page.getByTestId('notice-data');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`${broken.length} records in the dataset could not be used and were skipped.`);
  await notice.getByText(/Show \d+ details?/).click();
  const details = notice.getByRole('listitem');
  for (const b of broken) {
    const line = details.filter({ hasText: `incidents.json · ${String(b.row['id'])} · ${b.field}: ` });
    await expect(line.first()).toBeVisible();
    await expect(line.first()).toContainText(b.says);
  }
  // The record without a title still has its id to be named by.
  await expect(details.filter({ hasText: 'broken-missing-title · title:' })).toHaveCount(1);
  // Nothing valid is reported.
  await expect(details.filter({ hasText: 'added-valid' })).toHaveCount(0);
  await explorer.screenshot('invalid-records');
});
