import { expect, test } from './support/fixtures';
import type { Explorer } from './support/driver';
import {
  buildHostileDataset,
  HOSTILE,
  HOSTILE_ACTOR,
  HOSTILE_REGION,
  HOSTILE_STORY,
  LONE_SITE,
  PAYLOAD,
  SKIPPED,
  UNBROKEN,
} from './fixtures/hostile';

/** Every hostile incident but the one citing a source with a script address. */
const RENDERED = Object.values(HOSTILE).filter((h) => h !== HOSTILE.badUrl).length;

interface Watch {
  __pwned?: unknown;
  __injected: string[];
}

/**
 * Records, from before the app starts, every element that dataset text could
 * only have produced by being parsed as markup: a check at the end alone would
 * miss an element that appeared and went again.
 */
async function watchForInjectedMarkup(explorer: Explorer) {
  await explorer.page.addInitScript(() => {
    const w = window as unknown as Watch;
    w.__injected = [];
    const suspicious =
      'img[src="x"], script:not([src]), style, iframe, object, embed, [srcdoc], a[href^="javascript:" i], ' +
      '[onerror], [onload], [onmouseover], [onclick], [style*="inset:0"], [style*="inset: 0"]';
    const describe = (el: Element) => el.outerHTML.slice(0, 160);
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(suspicious)) w.__injected.push(describe(node));
          for (const el of node.querySelectorAll(suspicious)) w.__injected.push(describe(el));
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** No part of the page is wider than the window, and the detail panel fits inside it. */
async function expectLayoutHolds(explorer: Explorer) {
  const viewport = explorer.page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const box = await explorer.details.boundingBox();
  expect(box, 'detail panel is laid out').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  const overflow = await explorer.page.evaluate(() => {
    const article = document.querySelector('[data-testid="incident-detail"]');
    const title = article?.querySelector('h2');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      title: title && article ? title.scrollWidth - article.clientWidth : 0,
    };
  });
  expect(overflow.page, 'page scrolls sideways').toBeLessThanOrEqual(0);
  expect(overflow.title, 'title is wider than its panel').toBeLessThanOrEqual(0);
  // The detail panel takes the list's place; the rest of the explorer must stay in view beside it.
  await expect(explorer.filters).toBeVisible();
  await expect(explorer.map).toBeVisible();
  await expect(explorer.timeline).toBeVisible();
  const mapBox = await explorer.map.boundingBox();
  expect(mapBox!.width).toBeGreaterThan(200);
}

/**
 * Opens the explorer over the hostile dataset, recording dialogs and injected
 * markup from the start; the records with script addresses are reported and
 * skipped, and the rest all show.
 */
async function openHostile(explorer: Explorer): Promise<string[]> {
  const page = explorer.page;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await watchForInjectedMarkup(explorer);
  await explorer.givenCspViolationRecorder();
  await explorer.givenDataset(buildHostileDataset());
  await explorer.openReady();

  // The records with script addresses were reported and skipped; the rest all show.
  const notice = page.getByTestId('notice-data');
  await expect(notice).toContainText('3 records in the dataset could not be used');
  await notice.getByText(/Show \d+ details/).click();
  for (const s of SKIPPED) await expect(notice).toContainText(`${s.file} · ${s.id} · ${s.field}`);
  expect(await explorer.listCount()).toBe(RENDERED);
  await explorer.expectViewsAgree(RENDERED);

  return dialogs;
}

/** Nothing ran, nothing was injected, and the page is whole. */
async function expectNothingRan(explorer: Explorer, dialogs: string[]) {
  const page = explorer.page;
  expect(await page.evaluate(() => (window as unknown as Watch).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as Watch).__injected)).toEqual([]);
  expect(await explorer.cspViolations()).toEqual([]);
  const strays = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    styles: document.querySelectorAll('style').length,
    iframes: document.querySelectorAll('iframe').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
  expect(strays).toEqual({ img: 0, inlineScripts: 0, styles: 0, iframes: 0, handlers: 0, scriptLinks: 0 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(explorer.filters).toBeVisible();
  await expect(explorer.list).toBeVisible();
  await expect(explorer.list.getByRole('link', { name: HOSTILE.css.title })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(500);
}

test.describe('on the map drawn without WebGL (the subject is text, not the map)', () => {
  test.use({ mapRenderer: 'svg' });

  test('a reader reads a dataset full of markup, scripts and oversized text in the list, the details and a story, and it only ever shows as text', async ({
    explorer,
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs = await openHostile(explorer);
    // A story told in hostile text: title, intro, captions and the start button's name all stay text.
    await page.getByRole('button', { name: 'Stories', exact: true }).click();
    const picker = page.getByTestId('story-picker');
    await expect(picker).toContainText(HOSTILE_STORY.title);
    await expect(picker).toContainText(HOSTILE_STORY.intro);
    await picker.getByRole('button', { name: `Start the story “${HOSTILE_STORY.title}”`, exact: true }).click();
    const story = page.getByTestId('story-panel');
    await expect(story).toContainText(HOSTILE_STORY.captions[0]);
    await story.getByRole('button', { name: 'Next step' }).click();
    await expect(story).toContainText(HOSTILE_STORY.captions[1]);
    await explorer.screenshot('hostile-story');
    await story.getByRole('button', { name: 'Leave story' }).click();
    await expect(story).toHaveCount(0);

    // Search finds an incident by the plain words in a title full of markup.
    await explorer.search('activist onerror');
    await expect.poll(() => explorer.listCount()).toBe(1);
    await explorer.openFromList(HOSTILE.img.title);
    await explorer.expectDetailsFor(HOSTILE.img.title);
    const detail = page.getByTestId('incident-detail');
    await expect(detail).toContainText(`Summary with ${PAYLOAD.img} ${PAYLOAD.script} ${PAYLOAD.styleBreak}`);
    await expect(detail).toContainText(`Source ${PAYLOAD.img}`);
    await expect(detail).toContainText(`Dispute topic ${PAYLOAD.img}`);
    await expect(detail).toContainText(`Case ${PAYLOAD.img} ${PAYLOAD.i18n}`);
    // The publisher is shown on its own in the source's details (and again beside each disputed claim's source).
    await expect(detail.getByText(`Publisher ${PAYLOAD.styleBreak}`, { exact: true })).toBeVisible();
    await expect(detail).toContainText(`Description ${PAYLOAD.svg}`);
    await expect(detail).toContainText(`Place note ${PAYLOAD.script}`);
    await expect(detail).toContainText(`Dispute note ${PAYLOAD.svg}`);
    // A valid address that carries markup stays an attribute value.
    const link = detail.getByRole('link', { name: /^Source / });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
    await explorer.screenshot('hostile-detail-img');
    await explorer.closeDetails();

    await explorer.search('');
    await expect.poll(() => explorer.listCount()).toBe(RENDERED);
    for (const h of [HOSTILE.script, HOSTILE.css, HOSTILE.markup, HOSTILE.jsUrl, HOSTILE.rtl]) {
      await explorer.openFromList(h.title);
      await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(h.title);
      if (h === HOSTILE.rtl) await explorer.screenshot('hostile-detail-rtl');
      await explorer.closeDetails();
    }
    // A direction override in a title stays inside it: it cannot reorder the place and date beside it.
    const reversed = explorer.list.getByRole('row').filter({ hasText: 'Reversed title' }).locator('bdi');
    await expect(reversed).toHaveText(HOSTILE.rtl.title);
    expect(await reversed.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    await explorer.openFromList(/^Control characters/);
    const controlTitle = await explorer.details.getByRole('heading', { level: 2 }).textContent();
    expect(controlTitle).toBe(HOSTILE.controls.title);
    await explorer.closeDetails();

    // Interpolation markers in data stay literal in every interface string they are put into.
    await explorer.openFromList(HOSTILE.i18n.title);
    await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(HOSTILE.i18n.title);
    await expect(
      explorer.details.getByRole('button', { name: `Show only incidents involving ${HOSTILE_ACTOR.i18n.name}` }),
    ).toBeVisible();
    await explorer.closeDetails();

    // Neither ten kilobytes of title nor one unbroken word push the panel out of the window.
    await explorer.openFromList(/^Long title lorem ipsum/);
    await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(HOSTILE.long.title);
    await expectLayoutHolds(explorer);
    await explorer.screenshot('hostile-detail-10kb-title');
    await explorer.closeDetails();
    await explorer.openFromList(UNBROKEN.slice(0, 40));
    await expect(explorer.details.getByRole('heading', { level: 2 })).toHaveText(UNBROKEN);
    await expectLayoutHolds(explorer);
    await explorer.screenshot('hostile-detail-unbroken');
    await explorer.closeDetails();

    await expectNothingRan(explorer, dialogs);
    await explorer.screenshot('hostile-final');
  });

  test('a reader finds hostile names in the actor facet, the sorted list and the timeline rows, and they stay text', async ({
    explorer,
  }) => {
    test.setTimeout(90_000);
    const dialogs = await openHostile(explorer);
    // The actor facet lists hostile names and aliases as text; a chip's label keeps its markers.
    await explorer.findActor('interpolation');
    await explorer.toggleOption(/Interpolation Group/);
    await expect(
      explorer.filters.getByRole('button', { name: `Remove filter: ${HOSTILE_ACTOR.i18n.name}`, exact: true }),
    ).toBeVisible();
    await explorer.findActor('onerror');
    await expect(explorer.filters.getByText(HOSTILE_ACTOR.img.name, { exact: true })).toBeVisible();
    await explorer.findActor('unbrokenw');
    const option = explorer.filters.getByRole('checkbox', { name: HOSTILE_ACTOR.rtl.name });
    await expect(option).toBeVisible();
    // The alias that matched is named beside the name, as text.
    await expect(explorer.filters.locator('.facet-option', { hasText: 'Reversed Name' })).toContainText(
      `${HOSTILE_ACTOR.rtl.name} (also “${UNBROKEN.slice(0, 500)}”)`,
    );
    const name = option.locator('xpath=..').locator('.facet-label > bdi');
    expect(await name.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    await explorer.screenshot('hostile-actor-facet');
    await explorer.filters.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => explorer.listCount()).toBe(RENDERED);

    // Sorting by title and grouping the timeline by region put more hostile text on screen.
    const titleHeader = explorer.list.getByRole('columnheader', { name: 'Title' });
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    await explorer.expectViewsAgree(RENDERED);
    await explorer.timeline.getByRole('combobox', { name: 'Rows' }).selectOption('region');
    await expect(explorer.timeline.locator('.vis-label', { hasText: HOSTILE_REGION.name })).toBeVisible();
    // A long region name is cut so the time axis keeps its width; the whole name is its tooltip.
    const regionLabel = explorer.timeline.locator('.group-label', { hasText: 'Oblast' });
    await expect(regionLabel).toHaveAttribute('title', HOSTILE_REGION.name);
    expect((await regionLabel.boundingBox())!.width).toBeLessThanOrEqual(11 * 16 + 1);
    await explorer.screenshot('hostile-timeline-by-region');

    await expectNothingRan(explorer, dialogs);
  });
});

test('a reader hovers and clicks a marker whose incident title is markup, and it stays text', async ({
  explorer,
  page,
}) => {
  test.setTimeout(90_000);
  await explorer.givenMapHandle();
  const dialogs = await openHostile(explorer);
  // The marker at the lone site shows its title as text on hover, and opens it on click.
  await page.evaluate((hash) => (window.location.hash = hash), `map=9/${LONE_SITE.lat}/${LONE_SITE.lon}`);
  await expect.poll(() => explorer.fragment()).toContain('map=9/');
  await explorer.expectMapDrawn();
  await explorer.waitForMapIdle();
  const canvas = await page.getByTestId('map').locator('canvas').boundingBox();
  const tooltip = page.locator('.map-tooltip');
  // Hover again until the marker answers: the pointer may arrive while the map still draws.
  await expect(async () => {
    await page.mouse.move(canvas!.x + canvas!.width / 2 - 20, canvas!.y + canvas!.height / 2 - 20);
    await page.mouse.move(canvas!.x + canvas!.width / 2, canvas!.y + canvas!.height / 2, { steps: 4 });
    await expect(tooltip).toContainText(HOSTILE.img.title, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await explorer.screenshot('hostile-map-tooltip');
  await explorer.clickMapCentre();
  await explorer.expectDetailsFor(HOSTILE.img.title);
  await explorer.closeDetails();

  await expectNothingRan(explorer, dialogs);
});
