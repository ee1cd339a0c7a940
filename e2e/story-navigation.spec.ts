import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

test('a newcomer follows a guided story step by step, shares step 3, and returns to free exploration', async ({
  explorer,
  page,
}) => {
  await explorer.openReady('years=2019');
  const before = await explorer.listCount();

  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: /Start the story “.*January 2022/ }).click();
  const panel = page.getByTestId('story-panel');
  await expect(panel).toContainText('Step 1 of');
  // The steps are marked on the timeline, the current one highlighted.
  await expect(explorer.timeline.locator('.tl-step')).not.toHaveCount(0);
  await expect(explorer.timeline.locator('.tl-step-current')).toHaveCount(1);

  await panel.getByRole('button', { name: 'Next step' }).click();
  await expect(panel).toContainText('Step 2 of');
  await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText('Step 3 of');
  await expect(explorer.details.getByRole('heading', { level: 2 })).toBeVisible();
  const step3 = await explorer.fragment();
  expect(step3).toContain('story=january-2022-uprising');
  expect(step3).toContain('step=3');
  const step3Title = await explorer.details.getByRole('heading', { level: 2 }).textContent();
  await explorer.screenshot('story-step-3');

  await page.keyboard.press('ArrowLeft');
  await expect(panel).toContainText('Step 2 of');

  // Leaving restores what the reader had before the story.
  await panel.getByRole('button', { name: 'Leave story' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(() => explorer.listCount()).toBe(before);
  await expect(explorer.filters.getByRole('button', { name: 'Remove filter: 2019' })).toBeVisible();

  // A link to step 3 opens step 3 in a fresh page.
  const fresh = await page.context().newPage();
  await fresh.goto(`/#story=january-2022-uprising&step=3`);
  await expect(fresh.getByTestId('story-panel')).toContainText('Step 3 of');
  await expect(fresh.getByRole('region', { name: 'Incident details' }).getByRole('heading', { level: 2 })).toHaveText(
    step3Title ?? '',
  );
  await fresh.close();
});
