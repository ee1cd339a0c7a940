import { expect, test } from './support/fixtures';

const SHARED = '2025-04-10-astana-journalist-akhmedyarov-detained';

/**
 * axe-core 4.14's new Label-in-Name rule also flags the year filter buttons ("1986 3" shown, "1986: 3 incidents"
 * named), outside this story; every other violation, and any on the map, fails it.
 */
async function violations(explorer: import('./support/driver').Explorer) {
  const all = await explorer.accessibilityViolations();
  return all.filter((v) => !/^label-content-name-mismatch \(serious\): button\[aria-label="\d{4}: /.test(v));
}

test('a reader on a hardened browser without WebGL2 opens a shared incident and uses the map drawn without it', async ({
  explorer,
  page,
}) => {
  test.setTimeout(150_000);
  const requests = await explorer.givenRequestRecorder();
  await explorer.givenNoWebGL2();
  // The map part pins the whole-country view (a link without it would frame the map on Astana).
  await explorer.openReady(`id=${SHARED}&map=3.4/47.5/67.5`);

  // The shared incident opens, on a map drawn without WebGL that says why it looks simpler.
  await explorer.expectDetailsFor(/Akhmedyarov/);
  expect(await explorer.mapRenderer()).toBe('svg');
  await expect(explorer.mapFallbackNotice).toHaveText(
    'This simpler map is shown because WebGL2 is turned off in this browser. Nothing is missing from the data.',
  );
  await expect.poll(() => explorer.mapSelectedId()).toBe(SHARED);
  await expect.poll(() => explorer.timelineSelectedText()).toMatch(/Akhmedyarov/);
  expect(await violations(explorer)).toEqual([]);
  await explorer.screenshot('hardened-shared-link');

  // List, timeline and map agree, and the list works.
  await explorer.closeDetails();
  await explorer.expectViewsAgree();
  // The shared link framed its incident on the timeline; all dates bring every incident back.
  await explorer.timelineButton('All dates');
  await expect.poll(() => explorer.listCount()).toBeGreaterThan(50);
  await explorer.expectViewsAgree();

  // Clicking a marker opens its incident.
  await explorer.mapMarker(/armed group/i).click();
  await explorer.expectDetailsFor(/armed group/i);
  await expect.poll(() => explorer.mapSelectedId()).toBe('2016-06-aktobe-armed-group-attacks-national-guard');
  await expect.poll(() => explorer.timelineSelectedText()).toMatch(/armed group/i);
  await explorer.closeDetails();

  // So does the keyboard: a marker in the Tab order, arrow keys to the next one, Enter to open it.
  // (Closing the details returns focus to the list first.)
  await expect(page.locator(':focus')).toHaveAttribute('href', /aktobe-armed-group/);
  await explorer.mapMarker(/armed group/i).focus();
  await expect(explorer.mapMarker(/armed group/i)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/fallback-marker/);
  const name = (await focused.getAttribute('aria-label')) ?? '';
  expect(name).not.toMatch(/armed group/i);
  await expect(focused).toHaveAttribute('tabindex', '0');
  // A marker of one incident carries its id; a place with several offers a chooser first.
  const single = (await focused.getAttribute('data-id')) !== null;
  await page.keyboard.press('Enter');
  if (!single) {
    const chooser = explorer.map.getByRole('dialog');
    await expect(chooser).toBeVisible();
    // Focus moves to the chooser's first entry, so Enter opens it.
    await expect(chooser.getByRole('listitem').first().getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(explorer.details.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await explorer.mapSelectedId()).not.toBe('');

  // Zooming with the buttons moves the view the link shares.
  await explorer.closeDetails();
  await explorer.zoomMapIn(2);
  await expect.poll(() => explorer.fragment()).toMatch(/map=5\.4\d*\//);

  // At city zoom, several incidents at one place open a chooser. On this short map the note would cover
  // markers: the reader hides it.
  await explorer.openReady(explorer.placeView('almaty', 9));
  await explorer.map.getByRole('button', { name: 'Hide this note' }).click();
  await expect(explorer.mapFallbackNotice).toBeHidden();
  await explorer.mapMarker(/^Almaty: \d+ incidents/).click();
  const places = explorer.map.getByRole('dialog');
  await expect(places).toBeVisible();
  expect(await violations(explorer)).toEqual([]);
  await explorer.screenshot('hardened-chooser');
  await places
    .getByRole('button', { name: /December 1986 protests/ })
    .first()
    .click();
  await explorer.expectDetailsFor(/December 1986 protests/);

  expect(requests.filter((u) => new URL(u).hostname !== 'localhost')).toEqual([]);
  // The WebGL map's code is never even requested.
  expect(requests.filter((u) => /maplibre/.test(u))).toEqual([]);
});
