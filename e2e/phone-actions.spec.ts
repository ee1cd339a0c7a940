import { expect, test } from './support/fixtures';

test('a reader on a phone sees the whole country, finds every action in one row, and copies or shares the link of an open incident @phone-only', async ({
  explorer,
  page,
}) => {
  await explorer.givenMapHandle();
  await explorer.givenShareSheet();
  await explorer.givenClipboard();
  await explorer.openReady('lang=en');
  await explorer.expectMapDrawn();
  await explorer.waitForMapIdle();

  // The first view fits the country to the phone: Uralsk and Aktau in the west, Oskemen in the east.
  const inView = await page.evaluate(() => {
    const map = (window as unknown as { __incidentMap: { getBounds(): { contains(p: [number, number]): boolean } } })
      .__incidentMap;
    const b = map.getBounds();
    return [b.contains([51.37, 51.23]), b.contains([51.2, 43.65]), b.contains([82.61, 49.95])];
  });
  expect(inView).toEqual([true, true, true]);
  // The link leaves the map out: whoever opens it gets the country fitted to their own screen.
  expect(await explorer.fragment()).not.toContain('map=');

  // Every action is in the header's one row, the exports and stories included.
  const header = page.getByRole('banner');
  const tops: number[] = [];
  for (const name of ['Language', 'Copy link', 'Download CSV', 'Download GeoJSON', 'Cite this view', 'Stories']) {
    const control = name === 'Language' ? header.getByRole('combobox', { name }) : header.getByRole('button', { name });
    await control.scrollIntoViewIfNeeded();
    tops.push((await control.boundingBox())!.y);
  }
  // One row: the select and the buttons differ by a pixel of border at most.
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);

  // An open incident covers the header on a phone: its link is offered inside it.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await explorer.openFromList('Journalist Lukpan Akhmedyarov detained while filming in Astana');
  const details = explorer.details;
  await details.getByRole('button', { name: 'Copy link', exact: true }).click();
  // The copy button's own status (the set button beside it has one too).
  await expect(details.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('id=2025-04-10-astana-journalist-akhmedyarov-detained');
  await details.getByRole('button', { name: 'Share…' }).click();
  await expect.poll(() => explorer.sharedData()).toHaveLength(1);
  const [shared] = await explorer.sharedData();
  expect(new URL(shared!.url!).origin).toBe(new URL(page.url()).origin);
  expect(shared!.url).toContain('id=2025-04-10-astana-journalist-akhmedyarov-detained');
  await explorer.screenshot('phone-incident-share');
});
