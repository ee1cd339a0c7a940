/**
 * A domain driver for the explorer: given/when/then verbs over the page, so
 * specs read as user stories and selectors live in one place.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Locator, Page, Route, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';
import { runAxe } from './axe';
import { countForLink } from './dataset-oracle';

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOT_DIR = join(here, '..', '.screenshots');

export type DatasetFiles = Partial<
  Record<'incidents' | 'places' | 'actors' | 'sources' | 'cases' | 'narratives' | 'disputes', unknown>
>;

/** Scrolls a list down by one screenful; true when it was already at its end. */
function scrollOnePage(scroller: Locator): Promise<boolean> {
  return scroller.evaluate((el) => {
    const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    el.scrollTop += el.clientHeight;
    return end;
  });
}

export class Explorer {
  private readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly info: TestInfo,
  ) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
    });
  }

  /** Console errors the test expects (e.g. a failed download it provoked). */
  allowErrors(pattern: RegExp) {
    this.allowed.push(pattern);
  }
  private allowed: RegExp[] = [];
  /** Dataset files served instead of the shipped ones, for counting what a link should show. */
  private served: DatasetFiles = {};

  assertNoPageErrors() {
    const unexpected = this.errors.filter((e) => !this.allowed.some((p) => p.test(e)));
    expect(unexpected, 'page errors').toEqual([]);
  }

  // ---- given ----

  /**
   * Records every request the browser context makes (pages and workers) and
   * blocks any that would leave the app's origin, so a leak is both caught
   * and prevented during tests.
   */
  async givenRequestRecorder(): Promise<string[]> {
    const urls: string[] = [];
    const context = this.page.context();
    context.on('request', (r) => urls.push(r.url()));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return new URL(url).hostname === 'localhost' ? route.fallback() : route.abort('blockedbyclient');
    });
    return urls;
  }

  /** Collects Content-Security-Policy violations reported in the page. */
  async givenCspViolationRecorder() {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  }

  /** Everything a visit could have left on the device. */
  async storedState() {
    const cookies = await this.page.context().cookies();
    const inPage = await this.page.evaluate(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    return { cookies: cookies.length, ...inPage };
  }

  /** Serves these dataset files instead of the shipped ones (others stay as shipped). */
  async givenDataset(files: DatasetFiles) {
    this.served = { ...this.served, ...files };
    // A server that serves its own incidents.json has not packed them: the page must read the JSON.
    if ('incidents' in files)
      await this.page.route('**/data/incidents.arrow', (route) => route.fulfill({ status: 404, body: '' }));
    await this.page.route('**/data/*.json', async (route) => {
      const name = new URL(route.request().url()).pathname
        .split('/')
        .pop()
        ?.replace(/\.json$/, '') as keyof DatasetFiles;
      if (name in files) {
        const body = files[name];
        await route.fulfill({
          contentType: 'application/json',
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      } else {
        await route.fallback();
      }
    });
  }

  /** Serves a translation of the dataset into this language that has nothing translated yet. */
  async givenNoTranslation(lang: 'ru' | 'kk') {
    await this.page.route(`**/data/translations/${lang}.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ lang, entries: {} }) }),
    );
  }

  /**
   * A slow connection: the incidents (in either form) arrive only when the
   * returned function is called; everything else arrives as usual.
   */
  async givenSlowIncidents(): Promise<() => void> {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await this.page.route(/\/data\/incidents\.(json|arrow)$/, async (route) => {
      await arrived;
      await route.fallback();
    });
    return release;
  }

  /** A reader who lets the site use the clipboard, so copied links can be read back. */
  async givenClipboard() {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  }

  /** A phone with a system share sheet: what the page hands it is kept, so the test can read it back. */
  async givenShareSheet() {
    await this.page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { __shared: ShareData[] }).__shared = shared;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
    });
  }

  /** What the page handed the share sheet (see givenShareSheet). */
  async sharedData(): Promise<ShareData[]> {
    return this.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
  }

  /** Makes one dataset file fail to download with this HTTP status. */
  async givenDatasetFileFails(file: string, status: number) {
    await this.page.route(`**/data/${file}`, (route) => route.fulfill({ status, body: 'nope' }));
  }

  async givenShippedDataset(): Promise<DatasetFiles> {
    const dir = join(here, '..', '..', 'data');
    const read = (f: string) => JSON.parse(readFileSync(join(dir, `${f}.json`), 'utf8'));
    return {
      incidents: read('incidents'),
      places: read('places'),
      actors: read('actors'),
      sources: read('sources'),
      cases: read('cases'),
      disputes: read('disputes'),
    };
  }

  /** A hardened browser (Tor Browser's default): WebGL2 is turned off, so no WebGL2 context can be created. */
  async givenNoWebGL2() {
    await this.page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type === 'webgl2' ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
      delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext;
    });
  }

  /**
   * Makes requests matching `pattern` fail, as a flaky connection (`network`)
   * or a redeploy that removed the file (`gone`, HTTP 404), until the returned
   * function is called.
   */
  async givenAssetFails(pattern: RegExp, how: 'network' | 'gone'): Promise<() => Promise<void>> {
    const handler = (route: Route) =>
      how === 'network' ? route.abort('failed') : route.fulfill({ status: 404, body: 'Not found' });
    await this.page.context().route(pattern, handler);
    return () => this.page.context().unroute(pattern, handler);
  }

  /**
   * Keeps a handle on the MapLibre map (the app announces it with an
   * "incident-map" event) so tests can ask it what it has drawn.
   */
  async givenMapHandle() {
    await this.page.addInitScript(() => {
      document.addEventListener(
        'incident-map',
        (e) => ((window as unknown as { __incidentMap: unknown }).__incidentMap = (e as CustomEvent).detail),
        true,
      );
    });
  }

  // ---- when ----

  /** Loads the app afresh (a new document, not just a new fragment). */
  async open(fragment = '') {
    if (this.page.url() !== 'about:blank') await this.page.goto('about:blank');
    await this.page.goto(`/${fragment ? `#${fragment.replace(/^#/, '')}` : ''}`);
  }

  /**
   * A page of another site that embeds the explorer in an iframe, as the README
   * shows; returns the frame once its map, timeline and list are ready.
   */
  async openEmbedded(fragment: string): Promise<FrameLocator> {
    const src = new URL(`/#${fragment}`, this.info.project.use.baseURL).href;
    await this.page.setContent(
      `<!doctype html><title>A newsroom's article</title><iframe title="Kazakhstan Incident Explorer" src="${src}" ` +
        'width="1200" height="760" referrerpolicy="no-referrer"></iframe>',
    );
    const frame = this.page.frameLocator('iframe');
    await expect(frame.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    return frame;
  }

  /** Opens the app and waits until map, timeline and list are ready. */
  async openReady(fragment = '') {
    await this.open(fragment);
    await this.waitUntilReady();
  }

  async waitUntilReady(timeout = 30_000) {
    // By test id, not region name, so it works in every interface language.
    await expect(this.page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible({ timeout });
    await expect(this.summary).toBeVisible();
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** On a phone, switches to the tab that shows this pane; on wider screens every pane is already shown. */
  async showPane(name: 'Map' | 'Timeline' | 'List') {
    const tab = this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
    if (await tab.isVisible()) await tab.click();
  }

  get filters() {
    return this.region('Filters');
  }
  get list() {
    return this.region('Incidents');
  }
  get details() {
    return this.region('Incident details');
  }
  get timeline() {
    return this.region('Timeline');
  }
  get map() {
    return this.region('Map');
  }
  /** The timeline's Play/Pause button (its name says which it does now). */
  playButton(name: 'Play' | 'Pause' = 'Play') {
    return this.timeline.getByRole('button', { name, exact: true });
  }

  /** Opens the playback options and picks step, speed and how the window moves. */
  async choosePlayback(options: { step?: string; speed?: string; mode?: string }) {
    const toggle = this.timeline.getByRole('button', { name: 'Playback: Options' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const group = this.timeline.getByRole('group', { name: 'Playback' });
    if (options.step) await group.getByRole('combobox', { name: /^Step\b/ }).selectOption({ label: options.step });
    if (options.speed) await group.getByRole('combobox', { name: /^Speed\b/ }).selectOption({ label: options.speed });
    if (options.mode) await group.getByRole('combobox', { name: /^Window\b/ }).selectOption({ label: options.mode });
    return group;
  }

  /** From now on, notes when the summary line and playback's announcement change (page time, ms). */
  async startNotingChanges() {
    await this.page.evaluate(() => {
      const noted = { summary: [] as number[], announced: [] as string[] };
      (window as unknown as { noted: typeof noted }).noted = noted;
      const watch = (testId: string, note: (el: Element) => void) => {
        const el = document.querySelector(`[data-testid="${testId}"]`)!;
        new MutationObserver(() => note(el)).observe(el, { subtree: true, childList: true, characterData: true });
      };
      watch('view-summary', () => noted.summary.push(performance.now()));
      watch('playback-announcer', (el) => noted.announced.push(el.textContent ?? ''));
    });
  }

  /** The changes noted since startNotingChanges. */
  async notedChanges(): Promise<{ summary: number[]; announced: string[] }> {
    return this.page.evaluate(() => (window as unknown as { noted: { summary: number[]; announced: string[] } }).noted);
  }

  /** What playback last said to screen readers. */
  get playbackAnnouncement() {
    return this.page.getByTestId('playback-announcer');
  }

  get summary() {
    return this.page.getByTestId('view-summary');
  }

  async toggleYear(year: number) {
    // The name starts with the visible text: "2026 16 incidents".
    await this.filters.getByRole('button', { name: new RegExp(`^${year} \\d+ incidents?$`) }).click();
  }

  async findActor(text: string) {
    await this.filters.getByRole('searchbox', { name: 'Find a person or organisation' }).fill(text);
  }

  async toggleOption(label: string | RegExp) {
    await this.filters.getByRole('checkbox', { name: label }).first().click();
  }

  /** Types a search, and waits until the filters apply it (its chip appears, or goes), as a reader sees. */
  async search(text: string) {
    const box = this.filters.getByRole('searchbox', { name: 'Search' });
    await box.fill(text);
    const chip = `“${text.trim()}”`;
    const applied = async () => {
      const chips = await this.chips();
      return text.trim() ? chips.includes(chip) : !chips.some((c) => c.startsWith('“'));
    };
    await expect
      .poll(applied, { message: `search "${text}" applied (box holds ${JSON.stringify(await box.inputValue())})` })
      .toBe(true);
  }

  /** Opens a row of the list, scrolling down the (virtualised) list until it is drawn, as a reader would. */
  /**
   * Opens a file of the reader's own (a fixture of the importer's tests) with
   * the header's control, in whatever language the page is in, and waits
   * until it has been read; the dialog stays open on what was read.
   */
  async openOwnFile(fixture: string) {
    const button = this.page.getByRole('banner').getByRole('button', { name: /file|файл/i });
    await button.click();
    const dialog = this.ownFileDialog;
    await dialog
      .locator('input[type="file"]')
      .setInputFiles(join(here, '..', '..', 'src', 'data', 'import', 'fixtures', fixture));
    await expect(dialog.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  }

  /** Starts reading a file made in the test (not waiting for the result), the dialog open. */
  async startOwnFile(name: string, content: string) {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: /file|файл/i })
      .click();
    await this.ownFileDialog
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  }

  get ownFileDialog() {
    return this.page.getByTestId('own-file-dialog');
  }

  /** The problems listed for the file just read, each as "line | column | value | reason". */
  async ownFileProblems(): Promise<string[]> {
    const rows = this.ownFileDialog.getByTestId('import-problems').locator('tbody tr');
    return rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()).join(' | ')),
    );
  }

  /** Every request the pages of this test make from now on, with its method and body. */
  async givenRequestLog(): Promise<{ method: string; url: string; body: string | null }[]> {
    const log: { method: string; url: string; body: string | null }[] = [];
    this.page.context().on('request', (r) => log.push({ method: r.method(), url: r.url(), body: r.postData() }));
    return log;
  }

  async openFromList(title: string | RegExp) {
    const link = await this.scrollListTo(this.list.getByRole('link', { name: title }).first());
    await link.click();
  }

  /** Scrolls the virtualised list until the locator's row is in the page; returns the locator. */
  private async scrollListTo(target: Locator): Promise<Locator> {
    const scroller = this.list.getByTestId('list-scroll');
    // From the top: an earlier row may have left the list scrolled past this one.
    if ((await target.count()) === 0) {
      await scroller.evaluate((el) => (el.scrollTop = 0));
      await this.nextFrames();
    }
    for (let page = 0; page < 200 && (await target.count()) === 0; page++) {
      const atEnd = await scrollOnePage(scroller);
      if (atEnd) break;
      await this.nextFrames();
    }
    return target;
  }

  /** Lets the page handle what just happened and draw it: two animation frames, not a fixed time. */
  async nextFrames() {
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }

  async closeDetails() {
    await this.details.getByRole('button', { name: 'Close incident details' }).click();
  }

  /** Clicks the map's zoom button up to `times` times, stopping where the map cannot zoom further. */
  async zoomMapIn(times: number) {
    await this.clickMapZoom('Zoom in', times);
  }

  async zoomMapOut(times: number) {
    await this.clickMapZoom('Zoom out', times);
  }

  private async clickMapZoom(name: string, times: number) {
    const button = this.map.getByRole('button', { name, exact: true });
    for (let k = 0; k < times; k++) {
      if (await button.isDisabled()) return;
      // The button disables itself at the last zoom level, possibly mid-animation.
      const clicked = await button.click({ timeout: 3_000 }).then(
        () => true,
        () => false,
      );
      if (!clicked) return;
      // Each step is drawn before the next, so every zoom level is actually requested and rendered.
      await this.waitForMapIdle();
    }
  }

  async dragMap(dx: number, dy: number) {
    const box = await this.page.getByTestId('map').locator('canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }

  async timelineButton(name: string) {
    await this.timeline.getByRole('button', { name, exact: true }).click();
  }

  async clickTimelineItem(title: string | RegExp) {
    await this.timeline.locator('.vis-item:not(.vis-dot)', { hasText: title }).first().click();
  }

  get mapFrame() {
    return this.page.getByTestId('map-frame');
  }
  get mapChooser() {
    return this.page.getByTestId('map-chooser');
  }
  get nationwideControl() {
    return this.page.getByTestId('nationwide');
  }
  get mapAnnouncer() {
    return this.page.getByTestId('map-announcer');
  }

  // ---- then ----

  /** Which renderer draws the map: 'webgl' (MapLibre) or 'svg' (the map drawn without WebGL). */
  async mapRenderer(): Promise<string> {
    return (await this.page.getByTestId('map').getAttribute('data-renderer')) ?? '';
  }

  get mapFallbackNotice() {
    return this.page.getByTestId('map-fallback-notice');
  }

  /** A marker of the map drawn without WebGL, by its accessible name. */
  mapMarker(name: string | RegExp) {
    return this.page.getByTestId('map').getByRole('button', { name });
  }

  /** The message a pane shows when a part of it failed to load. */
  paneError(pane: Locator) {
    return pane.getByTestId('pane-error');
  }

  /** Rows the list reports (the list is virtualised; aria-rowcount includes the header row). */
  /** The reader's set of incidents above the list, in any interface language. */
  get setBar() {
    return this.page.getByTestId('set-bar');
  }

  /** Ticks an incident's box in the list, scrolling to its row. */
  async tickInList(title: string) {
    const box = await this.scrollListTo(this.list.getByRole('checkbox', { name: `In the set: ${title}` }).first());
    await box.check();
  }

  async listCount(): Promise<number> {
    const n = await this.list.getByRole('table').getAttribute('aria-rowcount');
    return Number(n) - 1;
  }

  /** The ids of every row of the list, top to bottom, scrolling the virtualised list through. */
  async listIds(): Promise<string[]> {
    const scroller = this.list.getByTestId('list-scroll');
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await this.nextFrames();
    const ids = new Map<number, string>();
    for (let page = 0; page < 500; page++) {
      const rows = await this.list
        .locator('[data-row-id]')
        .evaluateAll((els) =>
          els.map((e) => [Number(e.getAttribute('data-index')), e.getAttribute('data-row-id')!] as const),
        );
      for (const [index, id] of rows) ids.set(index, id);
      const atEnd = await scrollOnePage(scroller);
      if (atEnd) break;
      await this.nextFrames();
    }
    return [...ids.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  }

  /** Incidents the timeline shows: its items, or the sum of its bins' counts when it aggregates. */
  /** Like listCount, for an interface in another language. */
  async listCountIn(regionName: string): Promise<number> {
    const n = await this.region(regionName).getByRole('table').getAttribute('aria-rowcount');
    return Number(n) - 1;
  }

  async timelineItemCount(): Promise<number> {
    const mode = await this.page.getByTestId('timeline').getAttribute('data-mode');
    if (mode === 'bins') {
      const counts = await this.timeline.locator('.tl-bin-count').allTextContents();
      return counts.reduce((n, c) => n + Number(c), 0);
    }
    return this.timeline.locator('.vis-item:not(.vis-dot):not(.vis-background)').count();
  }

  /** Incidents the map controller handed to the map source. */
  async mapIncidentCount(): Promise<number> {
    return Number(await this.page.getByTestId('map').getAttribute('data-incident-count'));
  }

  async unlocatedCount(): Promise<number> {
    const badge = this.page.getByTestId('unlocated');
    if ((await badge.count()) === 0) return 0;
    return Number(/(\d+)/.exec((await badge.textContent()) ?? '')?.[1] ?? 0);
  }

  /**
   * Map (with the unlocated note), timeline and list all show the expected
   * number of incidents: the story's own count, or else what the link in the
   * address bar selects, counted from the data files (dataset-oracle.ts).
   */
  async expectViewsAgree(expected?: number) {
    await expect(async () => {
      const oracle = expected === undefined ? countForLink(await this.fragment(), this.served) : null;
      const want = expected ?? oracle!.shown;
      const unlocated = await this.unlocatedCount();
      const seen = {
        rows: await this.listCount(),
        items: await this.timelineItemCount(),
        mapPlusUnlocated: (await this.mapIncidentCount()) + unlocated,
        unlocated: oracle ? unlocated : null,
      };
      expect(seen).toEqual({
        rows: want,
        items: want,
        mapPlusUnlocated: want,
        unlocated: oracle ? oracle.unlocated : null,
      });
    }).toPass({ timeout: 15_000 });
  }

  /**
   * The map canvas has drawn something other than one flat colour. Read from a
   * screenshot, as a reader sees it: the app does not keep WebGL's drawing buffer.
   */
  async expectMapDrawn() {
    const canvas = this.page.getByTestId('map').locator('canvas').first();
    await expect
      .poll(
        async () => {
          if (!(await canvas.isVisible())) return 0;
          const png = (await canvas.screenshot()).toString('base64');
          return this.page.evaluate(async (data) => {
            const image = new Image();
            image.src = `data:image/png;base64,${data}`;
            await image.decode();
            const copy = document.createElement('canvas');
            copy.width = 64;
            copy.height = 64;
            const ctx = copy.getContext('2d');
            if (!ctx) return 0;
            ctx.drawImage(image, 0, 0, 64, 64);
            const px = ctx.getImageData(0, 0, 64, 64).data;
            const colours = new Set<number>();
            for (let i = 0; i < px.length; i += 4) colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
            return colours.size;
          }, png);
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(8);
  }

  async expectDetailsFor(title: string | RegExp) {
    await expect(this.details.getByRole('heading', { level: 2 })).toHaveText(title);
  }

  /** The map view centred on a gazetteer place, as a fragment parameter. */
  placeView(placeId: string, zoom = 8): string {
    const places = JSON.parse(readFileSync(join(here, '..', '..', 'data', 'places.json'), 'utf8')) as {
      places: { id: string; lat: number; lon: number }[];
    };
    const p = places.places.find((x) => x.id === placeId);
    if (!p) throw new Error(`no place ${placeId}`);
    return `map=${zoom}/${p.lat}/${p.lon}`;
  }

  /** Clicks the middle of the map canvas (where placeView() puts a place). */
  async clickMapCentre() {
    const box = await this.page.getByTestId('map').locator('canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async mapSelectedId(): Promise<string> {
    return (await this.page.getByTestId('map').getAttribute('data-selected-id')) ?? '';
  }

  async timelineSelectedText(): Promise<string> {
    return (await this.timeline.locator('.vis-item.vis-selected:not(.vis-dot)').textContent()) ?? '';
  }

  // ---- the timeline, its overview strip and the link's view ----

  /** The small labels along the timeline's axis (day numbers, month names or years). */
  async timelineAxisLabels(): Promise<string[]> {
    const texts = await this.timeline.locator('.vis-time-axis .vis-text.vis-minor').allTextContents();
    return texts.map((t) => t.trim()).filter(Boolean);
  }

  /** Every label on the timeline's axis, the ticks' and the larger units' above them ("January 2022"). */
  async timelineAxisText(): Promise<string> {
    const texts = await this.timeline.locator('.vis-time-axis .vis-text').allTextContents();
    return texts
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' ');
  }

  /** Whether the selected item's box lies wholly inside the timeline's visible rows and window. */
  async selectedItemOnScreen(): Promise<boolean> {
    return this.page.evaluate(() => {
      const item = document.querySelector('.timeline-canvas .vis-item.vis-selected:not(.vis-dot)');
      const panel = document.querySelector('.timeline-canvas .vis-panel.vis-center');
      if (!item || !panel) return false;
      const a = item.getBoundingClientRect();
      const b = panel.getBoundingClientRect();
      return a.top >= b.top && a.bottom <= b.bottom && a.left < b.right && a.right > b.left && a.height > 0;
    });
  }

  /** The timeline window and map view the address bar holds now. */
  async viewInLink(): Promise<{ from: number; to: number; zoom: number; lat: number; lon: number }> {
    const params = new URLSearchParams(await this.fragment());
    const [zoom, lat, lon] = (params.get('map') ?? 'NaN/NaN/NaN').split('/').map(Number);
    return {
      from: Date.parse(params.get('from') ?? ''),
      to: Date.parse(params.get('to') ?? ''),
      zoom: zoom!,
      lat: lat!,
      lon: lon!,
    };
  }

  /**
   * The link's map view agrees with where the MapLibre map is (needs
   * givenMapHandle): centre within about a hundred metres, zoom within a
   * hundredth, once the address bar has caught up.
   */
  async expectLinkHoldsMap() {
    await expect(async () => {
      const shown = await this.page.evaluate(() => {
        const map = (
          window as unknown as {
            __incidentMap: { getCenter(): { lng: number; lat: number }; getZoom(): number; isMoving(): boolean };
          }
        ).__incidentMap;
        const c = map.getCenter();
        return { lon: c.lng, lat: c.lat, zoom: map.getZoom(), moving: map.isMoving() };
      });
      const link = await this.viewInLink();
      expect(shown.moving).toBe(false);
      expect(Math.abs(link.lon - shown.lon), `longitude: link ${link.lon}, map ${shown.lon}`).toBeLessThan(0.002);
      expect(Math.abs(link.lat - shown.lat), `latitude: link ${link.lat}, map ${shown.lat}`).toBeLessThan(0.002);
      expect(Math.abs(link.zoom - shown.zoom), `zoom: link ${link.zoom}, map ${shown.zoom}`).toBeLessThan(0.011);
    }).toPass({ timeout: 15_000 });
  }

  /** Touches a timeline item near its right end (where an opened panel's buttons appear); returns its title. */
  async tapTimelineItemNearRightEnd(row: number): Promise<string> {
    const label = this.timeline.locator('.vis-item:not(.vis-background) .tl-item-title').nth(row);
    const title = (await label.textContent()) ?? '';
    // A finger lands on what the reader sees: the item must be the thing under that point, once the timeline
    // has stopped laying itself out (a pane that just showed measures its axis and rows again).
    let point = { x: 0, y: 0 };
    await expect
      .poll(
        async () => {
          const box = await this.settledBoxOf(label);
          point = { x: box.x + box.width - 4, y: box.y + box.height / 2 };
          return this.page.evaluate(
            ({ x, y }) =>
              document.elementFromPoint(x, y)?.closest('.vis-item')?.querySelector('.tl-item-title')?.textContent,
            point,
          );
        },
        { intervals: [100] },
      )
      .toBe(title);
    await this.page.touchscreen.tap(point.x, point.y);
    return title;
  }

  /** A one-finger swipe across the timeline's rows, by dx pixels. */
  async swipeTimeline(dx: number) {
    const box = await this.timeline.locator('.vis-panel.vis-center').boundingBox();
    if (!box) throw new Error('no timeline rows');
    const y = box.y + Math.min(40, box.height / 2);
    const x = box.x + box.width / 2 - dx / 2;
    const cdp = await this.page.context().newCDPSession(this.page);
    // The gesture's pace is in its event times (a touch every 16 ms), not in waits between them.
    const t0 = Date.now() / 1000;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, k: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: px, y, id: 1 }],
        timestamp: t0 + k * 0.016,
      });
    await touch('touchStart', x, 0);
    for (let k = 1; k <= 10; k++) await touch('touchMove', x + (dx * k) / 10, k);
    await touch('touchEnd', x + dx, 11);
    await cdp.detach();
  }

  /** Text and outline of the element that has keyboard focus. */
  async focused(): Promise<{ text: string; outline: string; id: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { text: '', outline: 'none', id: '' };
      return {
        text: el.querySelector('.tl-item-title')?.textContent ?? el.textContent ?? '',
        outline: getComputedStyle(el).outlineStyle,
        id: el.dataset['id'] ?? '',
      };
    });
  }

  get overviewBrush() {
    return this.timeline.getByRole('slider', { name: /Timeline window/ });
  }

  /** Drags the overview strip's brush sideways by dx pixels. */
  async dragOverviewBrush(dx: number) {
    const box = await this.overviewBrush.boundingBox();
    if (!box) throw new Error('no overview brush');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y, { steps: 6 });
    await this.page.mouse.up();
  }

  async applyYearRange(from: number, to: number) {
    await this.filters.getByRole('combobox', { name: 'From' }).selectOption(String(from));
    await this.filters.getByRole('combobox', { name: 'To' }).selectOption(String(to));
    await this.filters.getByRole('button', { name: 'Apply range' }).click();
  }

  /** The labels of the active filter chips. */
  async chips(): Promise<string[]> {
    return this.filters.getByRole('list', { name: 'Active filters' }).locator('.chip-label').allTextContents();
  }

  /** WCAG 2.2 AA violations axe finds on the page as it is now (rule id: target nodes). */
  async accessibilityViolations(): Promise<string[]> {
    const violations = await runAxe(this.page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(' | ')}`);
  }

  /** The same check, only inside the incident details. */
  async detailsAccessibilityViolations(): Promise<string[]> {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const violations = await runAxe(this.page, tags, '[data-testid="incident-detail"]');
    return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(' | ')}`);
  }

  async fragment(): Promise<string> {
    return this.page.evaluate(() => window.location.hash.replace(/^#/, ''));
  }

  /**
   * Waits until the map has stopped moving and finished drawing: through the
   * MapLibre handle when the story keeps one (givenMapHandle), else for the
   * page to draw what it has.
   */
  async waitForMapIdle() {
    type Handle = { loaded(): boolean; areTilesLoaded(): boolean; isMoving(): boolean };
    const hasHandle = await this.page.evaluate(() => '__incidentMap' in window);
    if (hasHandle) {
      await this.page.waitForFunction(() => {
        const map = (window as unknown as { __incidentMap: Handle }).__incidentMap;
        return map.loaded() && map.areTilesLoaded() && !map.isMoving();
      });
    }
    await this.nextFrames();
  }

  /**
   * What the map has drawn in these layers, through its own query API (needs
   * givenMapHandle): each feature's layer, English name and name as labelled
   * (the layer's text field evaluated for the feature).
   */
  async renderedFeatures(layers: string[]): Promise<{ layer: string; en: string; label: string }[]> {
    return this.page.evaluate((ids) => {
      type Feature = {
        layer: { id: string; layout?: Record<string, unknown> };
        properties: Record<string, unknown>;
      };
      const map = (
        window as unknown as {
          __incidentMap: {
            queryRenderedFeatures(o: { layers: string[] }): Feature[];
            getLayer(id: string): unknown;
            getLayoutProperty(id: string, p: string): unknown;
          };
        }
      ).__incidentMap;
      const present = ids.filter((id) => map.getLayer(id));
      return map.queryRenderedFeatures({ layers: present }).map((f) => {
        const symbol = (map.getLayer(f.layer.id) as { type?: string } | undefined)?.type === 'symbol';
        const field = symbol ? JSON.stringify(map.getLayoutProperty(f.layer.id, 'text-field') ?? '') : '';
        const lang = /name_(en|ru|kk)/.exec(field)?.[1] ?? 'en';
        return {
          layer: f.layer.id,
          en: String(f.properties['name_en'] ?? ''),
          label: String(f.properties[`name_${lang}`] ?? ''),
        };
      });
    }, layers);
  }

  /**
   * The map's layers in drawing order, each with whether MapLibre draws it
   * (it skips a layer whose opacity is 0), through its own API (needs
   * givenMapHandle).
   */
  async mapLayers(): Promise<{ id: string; drawn: boolean }[]> {
    return this.page.evaluate(() => {
      type Handle = {
        getLayersOrder(): string[];
        getLayer(id: string): { type: string } | undefined;
        getPaintProperty(id: string, p: string): unknown;
      };
      const map = (window as unknown as { __incidentMap: Handle }).__incidentMap;
      const opacity: Record<string, string[]> = {
        fill: ['fill-opacity'],
        line: ['line-opacity'],
        circle: ['circle-opacity', 'circle-stroke-opacity'],
        symbol: ['text-opacity'],
      };
      return map.getLayersOrder().map((id) => {
        const names = opacity[map.getLayer(id)?.type ?? ''] ?? [];
        return { id, drawn: !names.some((p) => map.getPaintProperty(id, p) === 0) };
      });
    });
  }

  /** Box of a locator, failing clearly when it is not rendered. */
  async boxOf(locator: Locator) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not rendered');
    return box;
  }

  /** Box of a locator once it stays in place for a few frames (a pane that just showed lays itself out again). */
  async settledBoxOf(locator: Locator) {
    let last = '';
    let box = await this.boxOf(locator);
    await expect
      .poll(
        async () => {
          box = await this.boxOf(locator);
          const now = JSON.stringify(box);
          const same = now === last;
          last = now;
          return same;
        },
        { intervals: [150] },
      )
      .toBe(true);
    return box;
  }

  /**
   * Writes a screenshot for a person to look at, only when asked for
   * (E2E_SCREENSHOTS=1): nothing compares them, so a normal run skips the cost.
   */
  async screenshot(name: string) {
    if (process.env['E2E_SCREENSHOTS'] !== '1') return;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const project = this.info.project.name || 'desktop';
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${project}-${name}.png`) });
  }
}
