import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { startMapFit } from './map-fit';
import { EMPTY_FILTERS } from './slices/filters';
import { DEFAULT_MAP_VIEW } from './slices/map-view';
import { serializeFragment } from './url-state';
import { urlStateOf } from './link-state';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);

function following() {
  const store = createAppStore();
  store.getState().setData(ix);
  const stop = startMapFit(store);
  return { store, stop };
}

describe('a fresh map follows what is shown', () => {
  it('waits for the map size, then fits to it, and leaves the link without a map', () => {
    const { store, stop } = following();
    expect(store.getState().mapView).toBe(DEFAULT_MAP_VIEW);
    store.getState().setMapSize({ width: 390, height: 500 });
    const phone = store.getState().mapView;
    expect(phone).not.toBe(DEFAULT_MAP_VIEW);
    expect(serializeFragment(urlStateOf(store.getState()))).not.toContain('map=');
    store.getState().setMapSize({ width: 1200, height: 500 });
    expect(store.getState().mapView.zoom).toBeGreaterThan(phone.zoom);
    stop();
  });

  it('refits to the incidents a filter leaves, closer in than the whole set', () => {
    const { store, stop } = following();
    store.getState().setMapSize({ width: 800, height: 450 });
    const all = store.getState().mapView;
    // The fixture's Almaty incidents: one town, shown with its surroundings.
    store.getState().setFilters({ ...EMPTY_FILTERS, places: ['almaty'] });
    const almaty = store.getState().mapView;
    expect(almaty.zoom).toBeGreaterThan(all.zoom);
    expect(almaty.center[0]).toBeCloseTo(76.9, 0);
    stop();
  });

  it('stays still when what a filter leaves is already in view and a refit would come only a little closer', () => {
    const { store, stop } = following();
    store.getState().setMapSize({ width: 800, height: 450 });
    // Zhanaozen, Almaty and the Mangystau Region's marker: the width decides the zoom.
    store.getState().setFilters({ ...EMPTY_FILTERS, categories: ['protest', 'shutdown', 'summons'] });
    const three = store.getState().mapView;
    // Centred between them, shifted a little by the wider controls on the right.
    expect(Math.abs(three.center[0] - (52.8 + 76.89) / 2)).toBeLessThan(1);
    // Without the region's marker the towns span the same width a little further south: no move.
    store.getState().setFilters({ ...EMPTY_FILTERS, categories: ['protest', 'shutdown'] });
    expect(store.getState().mapView).toBe(three);
    // One town is much closer in: the map follows.
    store.getState().setFilters({ ...EMPTY_FILTERS, places: ['almaty'] });
    const almaty = store.getState().mapView;
    expect(almaty.zoom).toBeGreaterThan(three.zoom + 1);
    // The whole country is not in that view: back out.
    store.getState().clearFilters();
    expect(store.getState().mapView.zoom).toBeLessThan(almaty.zoom);
    expect(serializeFragment(urlStateOf(store.getState()))).not.toContain('map=');
    stop();
  });

  it('stops following once the reader moves the map, and the link then holds the view', () => {
    const { store, stop } = following();
    store.getState().setMapSize({ width: 800, height: 450 });
    store.getState().setMapView({ center: [60, 45], zoom: 5 }, 'map');
    store.getState().setFilters({ ...EMPTY_FILTERS, places: ['almaty'] });
    expect(store.getState().mapView).toEqual({ center: [60, 45], zoom: 5 });
    expect(serializeFragment(urlStateOf(store.getState()))).toContain('map=5/45/60');
    stop();
  });
});
