import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a keyboard-only reader walks three incidents on the timeline and opens one', async ({ explorer, page }) => {
  await explorer.openReady('from=2022-01-01&to=2022-02-28');

  // Skip links lead to the map, the timeline and the list.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect((await explorer.focused()).text).toContain('Skip to the timeline');
  await page.keyboard.press('Enter');

  const first = await explorer.focused();
  expect(first.id).not.toBe('');
  expect(first.outline).not.toBe('none');
  // The tooltip shows the full title for the focused item.
  await expect(explorer.timeline.locator('.tl-tooltip')).toContainText(first.text);

  const walked = [first];
  for (let k = 0; k < 2; k++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await explorer.focused()).id).not.toBe(walked[walked.length - 1]!.id);
    walked.push(await explorer.focused());
  }
  expect(new Set(walked.map((w) => w.id)).size).toBe(3);
  // In time order: the ids of this dataset start with the date ("2022-01-05-…" or "2022-01-…").
  const starts = walked.map((w) => Date.parse(/^\d{4}(-\d{2}(-\d{2})?)?/.exec(w.id)?.[0] ?? ''));
  expect(starts.every((t, k) => k === 0 || t >= starts[k - 1]!)).toBe(true);

  await page.keyboard.press('Enter');
  await explorer.expectDetailsFor(walked[2]!.text);
  // Focus stays on the timeline item, so the walk can go on.
  expect((await explorer.focused()).id).toBe(walked[2]!.id);

  // Home goes back to the first incident.
  await page.keyboard.press('Home');
  await expect.poll(async () => (await explorer.focused()).id).not.toBe(walked[2]!.id);
  await explorer.screenshot('keyboard-timeline');

  // "Next incident" keeps focus, so pressing it again steps on.
  const next = explorer.timeline.getByRole('button', { name: 'Next incident' });
  await next.focus();
  await page.keyboard.press('Enter');
  const heading = explorer.details.getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  const opened = await heading.textContent();
  await page.keyboard.press('Enter');
  await expect(heading).not.toHaveText(opened ?? '');
});
