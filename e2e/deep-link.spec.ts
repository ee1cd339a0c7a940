import { expect, test } from './support/fixtures';

const ID = '2025-04-10-astana-journalist-akhmedyarov-detained';

test('a journalist opens a shared link to one incident in a fresh browser', async ({ explorer }) => {
  await explorer.openReady(`id=${ID}`);

  await explorer.expectDetailsFor(/Akhmedyarov/);
  await expect(explorer.details).toContainText('Sources');
  await expect(explorer.details.locator('blockquote').first()).toBeVisible();
  await expect.poll(() => explorer.mapSelectedId()).toBe(ID);
  await expect.poll(() => explorer.timelineSelectedText()).toMatch(/Akhmedyarov/);
  // The case thread lists his earlier arrest.
  await expect(explorer.details.getByRole('button', { name: /Akhmedyarov arrested/i })).toBeVisible();
  await explorer.screenshot('deep-link-incident');

  // Closing returns to the list.
  await explorer.page.keyboard.press('Escape');
  await expect(explorer.list).toBeVisible();
  await expect.poll(() => explorer.fragment()).not.toContain('id=');
});
