import { expect, test } from './support/fixtures';
import { countForLink } from './support/dataset-oracle';

interface Fault {
  what: string;
  asset: RegExp;
  how: 'network' | 'gone';
  pane: 'map' | 'timeline';
  message: string;
}

const FAULTS: Fault[] = [
  {
    what: 'the map view code, on a flaky connection',
    asset: /\/assets\/map-view-[^/]*\.js$/,
    how: 'network',
    pane: 'map',
    message: 'The map’s code could not be loaded.',
  },
  {
    what: 'the WebGL map code, gone after a redeploy',
    asset: /\/assets\/maplibre-renderer-[^/]*\.js$/,
    how: 'gone',
    pane: 'map',
    message: 'The map’s code could not be loaded.',
  },
  {
    what: 'the map worker',
    asset: /\/assets\/maplibre-gl-worker-[^/]*\.mjs/,
    how: 'network',
    pane: 'map',
    message: 'The map’s drawing worker could not be loaded.',
  },
  {
    what: 'a basemap file',
    asset: /\/basemap\/countries\.json$/,
    how: 'gone',
    pane: 'map',
    message: 'The map’s country outlines (basemap) could not be loaded.',
  },
  {
    what: 'the timeline code',
    asset: /\/assets\/timeline-view-[^/]*\.js$/,
    how: 'network',
    pane: 'timeline',
    message: 'The timeline’s code could not be loaded.',
  },
];

for (const fault of FAULTS) {
  test(`a reader whose connection drops ${fault.what} keeps the rest, and gets that part back with Retry`, async ({
    explorer,
  }) => {
    // A map starting anew twice can take a while in software WebGL on a busy machine.
    test.setTimeout(150_000);
    // The browser logs each blocked download, and MapLibre logs its worker's failure before reporting it.
    explorer.allowErrors(/Failed to load resource|Worker failed to load/);
    const unblock = await explorer.givenAssetFails(fault.asset, fault.how);
    await explorer.open();
    const pane = fault.pane === 'map' ? explorer.map : explorer.timeline;
    const other = fault.pane === 'map' ? explorer.timeline : explorer.map;

    // The failure is named inside its own pane, not a blank page.
    const error = explorer.paneError(pane);
    await expect(error).toContainText(fault.message, { timeout: 30_000 });
    await expect(explorer.paneError(other)).toHaveCount(0);
    const reload = pane.getByRole('button', { name: 'Reload to get the new version' });
    if (fault.how === 'gone' && fault.asset.source.includes('assets')) await expect(reload).toBeVisible();
    else await expect(reload).toHaveCount(0);
    await explorer.screenshot(`pane-failure-${fault.pane}-${FAULTS.indexOf(fault)}`);

    // Filters, list, details and the other pane go on working.
    await expect(explorer.summary).toBeVisible();
    expect(await explorer.listCount()).toBeGreaterThan(50);
    if (fault.pane === 'map') await expect.poll(() => explorer.timelineItemCount()).toBeGreaterThan(0);
    else await explorer.waitUntilReady(90_000);
    await explorer.toggleYear(2019);
    await expect.poll(() => explorer.listCount()).toBe(countForLink('years=2019').shown);
    await explorer.openFromList(/Tulesova/);
    await explorer.expectDetailsFor(/Tulesova/);
    await explorer.closeDetails();

    // Once the connection is back, Retry brings the pane back in place.
    await unblock();
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect(error).toHaveCount(0);
    // (A map starting anew can take a while on a busy machine.)
    if (fault.pane === 'map') await explorer.waitUntilReady(90_000);
    await expect.poll(() => explorer.timelineItemCount()).toBeGreaterThan(0);
    await explorer.expectViewsAgree();
  });
}
