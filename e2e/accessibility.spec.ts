import { expect, test } from './support/fixtures';

test('a reader using assistive technology meets no WCAG 2.2 AA violation in any state @phone', async ({
  explorer,
  page,
}) => {
  test.setTimeout(180_000);
  const check = async (state: string) => {
    expect(await explorer.accessibilityViolations(), state).toEqual([]);
  };

  await explorer.openReady();
  await check('first load');

  await explorer.showPane('List');
  await explorer.openFromList(/Tulesova/);
  await explorer.expectDetailsFor(/Tulesova/);
  await check('incident open');
  await explorer.page.keyboard.press('Escape');

  await explorer.openReady('years=2022&actors=nobody-here&q=x%00y');
  await expect(page.getByTestId('notice-link')).toBeVisible();
  await check('link notice and filters in use');

  await explorer.openReady('story=january-2022-uprising&step=2');
  await expect(page.getByTestId('story-panel')).toBeVisible();
  await check('story open');

  for (const lang of ['ru', 'kk']) {
    await explorer.openReady(`lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await check(`language ${lang}`);
  }
});

test('a reader whose dataset fails to load meets an accessible error state', async ({ explorer, page }) => {
  explorer.allowErrors(/Failed to load resource/);
  await explorer.givenDatasetFileFails('places.json', 500);
  await explorer.open();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await explorer.accessibilityViolations()).toEqual([]);
});
