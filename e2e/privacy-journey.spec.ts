import { expect, test } from './support/fixtures';

const FIRST = '2025-01-17-almaty-police-detain-temirlan-yensebek';

test('a watched reader explores everything and the app talks to no one else and leaves nothing behind', async ({
  explorer,
  page,
}) => {
  test.setTimeout(180_000);
  await explorer.givenClipboard();
  const requests = await explorer.givenRequestRecorder();
  await explorer.givenCspViolationRecorder();
  await explorer.givenMapHandle();
  await explorer.openReady();
  await explorer.expectMapDrawn();

  // The map through every zoom level, and a pan at street level and at world level.
  await explorer.zoomMapIn(16);
  await explorer.dragMap(120, 60);
  await explorer.waitForMapIdle();
  await explorer.zoomMapOut(16);
  await explorer.dragMap(-150, 0);
  await explorer.waitForMapIdle();

  // The timeline zoomed in and out.
  await explorer.timeline.getByRole('combobox', { name: 'Year' }).selectOption('2022');
  await explorer.timelineButton('Zoom in on the timeline');
  await explorer.timelineButton('Later');
  await explorer.timelineButton('All dates');

  // Filters, search and incidents.
  await explorer.toggleYear(2025);
  await explorer.findActor('Yensebek');
  await explorer.search('Almaty');
  await explorer.openFromList(/Yensebek/);
  await explorer.expectDetailsFor(/Yensebek/);
  await explorer.details
    .getByRole('button', { name: /sentenced/i })
    .first()
    .click();
  await explorer.page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  await expect.poll(() => explorer.fragment()).toContain('years=2025');

  // 1. Every request went to the app's own origin.
  const origins = new Map<string, number>();
  for (const url of requests) {
    const origin = url.startsWith('data:') || url.startsWith('blob:') ? url.slice(0, 5) : new URL(url).origin;
    origins.set(origin, (origins.get(origin) ?? 0) + 1);
  }
  console.log('requests per origin:', JSON.stringify(Object.fromEntries(origins)));
  const appOrigin = new URL(page.url()).origin;
  expect([...origins.keys()].filter((o) => o !== appOrigin && o !== 'data:' && o !== 'blob:')).toEqual([]);

  // 2. No request carried what the reader looked at.
  const secrets = [FIRST, 'sentenced', 'yensebek', 'years', '2025', 'almaty', 'q='];
  for (const url of requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'))) {
    const { pathname, search, hash } = new URL(url);
    expect(hash, url).toBe('');
    expect(search, url).toBe('');
    for (const s of secrets) expect(pathname.toLowerCase(), url).not.toContain(s.toLowerCase());
  }

  // 3. Nothing left on the device.
  expect(await explorer.storedState()).toEqual({
    cookies: 0,
    localStorage: 0,
    sessionStorage: 0,
    indexedDB: [],
    caches: [],
    serviceWorkers: 0,
  });

  // 4. The strict policy held for the whole journey, and no referrer is ever sent.
  expect(await explorer.cspViolations()).toEqual([]);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /object-src 'none'/,
  );
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  for (const link of await page.locator('a[href^="http"]').all()) {
    await expect(link).toHaveAttribute('rel', /noreferrer/);
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  await explorer.screenshot('privacy-journey-end');
});
