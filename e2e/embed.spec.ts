import { expect, test } from './support/fixtures';

// Not a story about the map: it runs on the map drawn without WebGL (see ExplorerOptions).
test.use({ mapRenderer: 'svg' });

const STORY = 'story=january-2022-uprising&step=1';

test('a newsroom embeds a story in an iframe: no header or filters, a bar to the full explorer, and links inside still work', async ({
  explorer,
  page,
  context,
  baseURL,
}) => {
  // A host page of another site, with the README's iframe in it.
  const frame = await explorer.openEmbedded(`embed=1&${STORY}`);

  // The chrome is gone: no site header, no filters; one bar names the explorer and opens the full one.
  await expect(frame.getByRole('heading', { level: 1, name: 'Kazakhstan Incident Explorer' })).toHaveCount(0);
  await expect(frame.getByRole('region', { name: 'Filters' })).toBeHidden();
  const bar = frame.locator('.embed-bar');
  await expect(bar).toContainText('Kazakhstan Incident Explorer');
  const full = bar.getByRole('link', { name: 'Open the full explorer' });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', /noreferrer/);
  await expect(full).toHaveAttribute('rel', /noopener/);
  // The full explorer opens on the same view, without embed mode.
  const href = new URL((await full.getAttribute('href'))!, baseURL);
  expect(new URLSearchParams(href.hash.slice(1)).get('embed')).toBeNull();
  expect(href.hash).toContain(STORY);

  // The story inside still works: its step buttons move it, and the bar's link follows.
  const story = frame.getByTestId('story-panel');
  await expect(story).toBeVisible();
  await story.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(async () => new URL((await full.getAttribute('href'))!, baseURL).hash).toContain('step=2');
  await story.getByRole('button', { name: 'Leave story' }).click();
  await expect(story).toHaveCount(0);

  // So do the list and an incident's details.
  const row = frame.getByRole('region', { name: 'Incidents' }).getByRole('link').first();
  const title = (await row.textContent())!.trim();
  await row.click();
  const details = frame.getByRole('region', { name: 'Incident details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect.poll(async () => new URL((await full.getAttribute('href'))!, baseURL).hash).toMatch(/id=/);
  const openedId = new URLSearchParams(new URL((await full.getAttribute('href'))!, baseURL).hash.slice(1)).get('id');

  // Following the bar's link opens the full explorer in a new tab, on that incident, with its chrome.
  const [tab] = await Promise.all([context.waitForEvent('page'), full.click()]);
  await tab.waitForLoadState();
  await expect(tab.getByRole('heading', { level: 1, name: 'Kazakhstan Incident Explorer' })).toBeVisible();
  await expect(tab.getByRole('region', { name: 'Filters' })).toBeVisible();
  await expect(tab.getByRole('region', { name: 'Incident details' }).getByRole('heading', { level: 2 })).toHaveText(
    title,
  );
  expect(new URLSearchParams(new URL(tab.url()).hash.slice(1)).get('id')).toBe(openedId);
  await tab.close();
  await explorer.screenshot('embed');
  expect(page.url()).toBe('about:blank');
});
