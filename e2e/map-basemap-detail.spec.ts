import { expect, test } from './support/fixtures';

test('a reader zooming into the Almaty region sees its towns, rivers and lakes', async ({ explorer }) => {
  await explorer.givenMapHandle();
  await explorer.openReady('map=6/43.6/77.2');
  await explorer.zoomMapIn(1);
  await explorer.waitForMapIdle();

  const drawn = await explorer.renderedFeatures(['detail-town-labels', 'detail-rivers', 'detail-lakes']);
  const names = (layer: string) => new Set(drawn.filter((f) => f.layer === layer).map((f) => f.en));
  expect([...names('detail-town-labels')]).toEqual(expect.arrayContaining(['Almaty', 'Konaev', 'Talgar']));
  expect([...names('detail-rivers')]).toContain('Ili');
  expect([...names('detail-lakes')]).toContain('Kapchagay Reservoir');
  await explorer.screenshot('almaty-region');

  // At the highest zoom, the city's named sites are drawn too.
  await explorer.open(explorer.placeView('republic-square-almaty', 10));
  await explorer.waitUntilReady();
  await explorer.waitForMapIdle();
  const sites = await explorer.renderedFeatures(['site-labels']);
  expect(sites.map((f) => f.en)).toContain('Republic Square, Almaty');
});
