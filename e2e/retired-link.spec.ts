import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

/** Ids published in dataset 1.1.0 and retired in 1.2.0, each with the record it became. */
const RENAMED = {
  old: '2022-01-01-zhanaozen-protests-over-gas-prices-begin',
  now: '2022-01-zhanaozen-protests-over-gas-prices-begin',
};
const MERGED = {
  old: '2026-01-17-karaganda-police-tell-suleimenov-to-delete-content',
  now: '2026-01-17-astana-and-karaganda-police-tell-kazbay-and-suleimenov-to-delete-content',
};

test('a researcher follows a citation to an id that a correction retired and lands on the corrected record', async ({
  explorer,
  page,
}) => {
  // A citation made against an earlier version of the dataset.
  await explorer.openReady(`id=${RENAMED.old}`);
  await explorer.expectDetailsFor(/Protests over gas prices begin in Zhanaozen/);
  const note = explorer.details.getByTestId('redirect-note');
  await expect(note).toContainText(RENAMED.old);
  await expect(note).toContainText('not to 1 January');
  // The address bar now names the record the reader sees, and nothing in the link was "ignored".
  await expect.poll(() => explorer.fragment()).toContain(`id=${RENAMED.now}`);
  await expect(page.getByTestId('notice-link')).toHaveCount(0);
  // The corrected date says where it comes from.
  await expect(explorer.details).toContainText('January 2022');
  await expect(explorer.details).toContainText('“in January 2022, Zhanaozen rose again”');
  await explorer.screenshot('retired-link-renamed');

  // Two records merged into one that names both cities without pairing them with the two men.
  await explorer.openReady(`id=${MERGED.old}`);
  await explorer.expectDetailsFor(/Astana and Karaganda/);
  await expect(explorer.details.getByTestId('redirect-note')).toContainText(MERGED.old);
  await expect(explorer.details).toContainText('Places named for this event: Astana, Karaganda');
  // The disagreement about an official response is shown here too, with both sides quoted.
  const disputes = explorer.details.getByTestId('disputes');
  await expect(disputes).toContainText('Whether the campaign drew an official response');
  await expect(disputes.locator('blockquote')).toHaveCount(2);
  // Sources can be checked: the archive search is a plain outside link that sends no referrer.
  const archive = explorer.details.getByRole('link', { name: /Search the Wayback Machine/ }).first();
  await expect(archive).toHaveAttribute('href', /^https:\/\/web\.archive\.org\/web\/\*\/https:\/\/chinaaid\.org\//);
  await expect(archive).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(explorer.details).toContainText('A US-based Christian human-rights organisation.');
  // The new parts of the panel (notes, place list, source details) pass WCAG 2.2 AA.
  expect(await explorer.detailsAccessibilityViolations()).toEqual([]);
  await explorer.screenshot('retired-link-merged');

  // Opening another record drops the note: it belongs to the link, not to the record.
  await explorer.page.keyboard.press('Escape');
  await explorer.openFromList(/Bilash’s Facebook account permanently removed/);
  await expect(explorer.details.getByTestId('redirect-note')).toHaveCount(0);
});
