import { expect, test, type Page } from './support/fixtures';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { text: '', outline: 'none', tag: '' };
    const style = getComputedStyle(el);
    return {
      text: el.textContent ?? '',
      outline: style.outlineStyle,
      tag: el.tagName,
      label: el.getAttribute('aria-label'),
    };
  });

test('a keyboard-only reader opens incidents from the list and from the timeline controls', async ({
  explorer,
  page,
}) => {
  await explorer.openReady();

  // The skip link is the first stop and jumps to the list.
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toContain('Skip to the list of incidents');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  let f = await focused(page);
  // Sort buttons come first in the table header; tab on to the first row's link.
  while (f.tag !== 'A') {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  expect(f.outline).not.toBe('none');
  const title = f.text;
  await page.keyboard.press('Enter');
  await explorer.expectDetailsFor(title);
  // Focus moved to the incident's heading.
  expect((await focused(page)).text).toBe(title);

  // Escape closes the panel and returns focus to the row.
  await page.keyboard.press('Escape');
  await expect(explorer.list).toBeVisible();
  await expect.poll(async () => (await focused(page)).text).toBe(title);

  // The timeline's "Next incident" control opens the first incident, and again the next one.
  const next = explorer.timeline.getByRole('button', { name: 'Next incident' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.details.getByRole('heading', { level: 2 })).toBeVisible();
  const first = await explorer.details.getByRole('heading', { level: 2 }).textContent();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(explorer.details.getByRole('heading', { level: 2 })).not.toHaveText(first ?? '');
  await expect(explorer.timeline.locator('.vis-item.vis-selected:not(.vis-dot)')).toHaveCount(1);

  // The map is reachable and labelled: one tab stop around it, which reads its markers aloud.
  await expect(explorer.mapFrame).toHaveAttribute('aria-label', /Map of incidents/);
  await expect(explorer.mapFrame).toHaveAttribute('tabindex', '0');
});
