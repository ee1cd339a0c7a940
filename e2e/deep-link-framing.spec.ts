import { expect, test } from './support/fixtures';

const ID = '2025-04-10-astana-journalist-akhmedyarov-detained';
const ASTANA = { lat: 51.18, lon: 71.45 };

test('a shared link to one incident frames it on the timeline and the map', async ({ explorer }) => {
  await explorer.openReady(`id=${ID}`);
  await explorer.expectDetailsFor(/Akhmedyarov/);

  // The timeline centres on 10 April 2025 with context around it, and its item is on screen.
  await expect.poll(() => explorer.selectedItemOnScreen()).toBe(true);
  const view = await explorer.viewInLink();
  const day = Date.UTC(2025, 3, 10);
  expect(view.from).toBeLessThan(day);
  expect(view.to).toBeGreaterThan(day);
  expect(view.to - view.from).toBeLessThan(200 * 86_400_000);

  // The map shows Astana, close enough to see the town.
  expect(view.zoom).toBeGreaterThanOrEqual(7);
  expect(Math.abs(view.lat - ASTANA.lat)).toBeLessThan(0.5);
  expect(Math.abs(view.lon - ASTANA.lon)).toBeLessThan(0.5);
  await expect.poll(() => explorer.mapSelectedId()).toBe(ID);
  await explorer.screenshot('deep-link-framed');

  // A window or map view in the link wins over framing.
  await explorer.openReady(`id=${ID}&from=2020-01-01&to=2026-12-31&map=4/48/67`);
  await explorer.expectDetailsFor(/Akhmedyarov/);
  const kept = await explorer.viewInLink();
  expect(kept.from).toBe(Date.UTC(2020, 0, 1));
  expect(kept.zoom).toBe(4);
});
