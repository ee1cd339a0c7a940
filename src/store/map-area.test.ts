/**
 * "Only what the map shows" in the store: the box a view shows (worked out by
 * hand from Web Mercator's 512-px world), the link parameter, and how the box
 * follows the reader's moves but not the map's own fitting.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { areaOfView, startMapArea } from './map-area';
import { startMapFit } from './map-fit';
import { selectIncident } from './navigations';
import { DEFAULT_MAP_VIEW } from './slices/map-view';
import { parseArea } from './url-params';
import { parseFragment, serializeFragment, DEFAULT_URL_STATE } from './url-state';
import { urlStateOf } from './link-state';
import { EMPTY_FILTERS } from './slices/filters';
import { viewFromLink } from './view-from-link';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);

describe('the box a view shows', () => {
  it('is the whole world at zoom 0 on a 512-px map, within the latitudes a link takes', () => {
    expect(areaOfView({ center: [0, 0], zoom: 0 }, { width: 512, height: 512 })).toEqual([-180, -85, 180, 85]);
  });

  it('is a quarter turn each side at zoom 1, and atan(sinh(π/2)) = 66.513° north and south', () => {
    expect(areaOfView({ center: [0, 0], zoom: 1 }, { width: 512, height: 512 })).toEqual([-90, -66.513, 90, 66.513]);
  });

  it('spans width / (512 · 2^zoom) of 360° of longitude around Almaty', () => {
    // 512 px at zoom 8: 512 / 131072 · 360° = 1.40625°, so 0.703125° each side of 76.95.
    const [west, south, east, north] = areaOfView({ center: [76.95, 43.25], zoom: 8 }, { width: 512, height: 300 });
    expect(west).toBe(76.247);
    expect(east).toBe(77.653);
    // Mercator shrinks latitude by cos(lat) near the centre: 300 px ≈ 300 / 131072 · 360° · cos(43.25°) ≈ 0.600°.
    expect(south).toBeLessThan(43.25);
    expect(north).toBeGreaterThan(43.25);
    expect(north - south).toBeGreaterThan(0.595);
    expect(north - south).toBeLessThan(0.605);
  });
});

describe('area= in the link', () => {
  it('reads and writes west,south,east,north at three decimals', () => {
    const { state, ignored } = parseFragment('#area=76.5,43.0,77.2,43.5');
    expect(ignored).toEqual([]);
    expect(state.filters.area).toEqual([76.5, 43, 77.2, 43.5]);
    expect(serializeFragment(state)).toBe('area=76.5,43,77.2,43.5');
    expect(parseFragment('area=76.12345,43.00049,77.2,43.5').state.filters.area).toEqual([76.123, 43, 77.2, 43.5]);
  });

  it.each([
    ['76.5,43,77.2', 'is not west,south,east,north'],
    ['76.5,43,77.2,43.5,1', 'is not west,south,east,north'],
    ['a,b,c,d', 'is not west,south,east,north'],
    ['1e2,1,2,3', 'is not west,south,east,north'],
    ['181,0,182,1', 'is not west,south,east,north'],
    ['76.5,86,77.2,87', 'is not west,south,east,north'],
    ['77.2,43,76.5,43.5', 'reversed'],
    ['76.5,43.5,77.2,43', 'reversed'],
    ['76.5,43,76.5,43.5', 'reversed'],
  ])('reports "%s" and reads no area', (raw, reason) => {
    const ignored: string[] = [];
    expect(parseArea(raw, ignored)).toBeNull();
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain(reason);
    expect(parseFragment(`area=${raw}&lang=ru`).state).toEqual({ ...DEFAULT_URL_STATE, lang: 'ru' });
  });

  it('opens on a map that fits the box, reporting a map view beside it as not used', () => {
    const { view, ignored } = viewFromLink(ix, 'area=76.5,43,77.2,43.5&map=6/43.2/76.9');
    expect(view.filters.area).toEqual([76.5, 43, 77.2, 43.5]);
    expect(view.mapView).toBe(DEFAULT_MAP_VIEW);
    expect(ignored).toEqual(['map: not used together with area; the map fits the area']);
  });
});

function mapWithArea() {
  const store = createAppStore();
  store.getState().setData(ix);
  const stops = [startMapFit(store), startMapArea(store)];
  store.getState().setMapSize({ width: 800, height: 400 });
  return { store, stop: () => stops.forEach((s) => s()) };
}

describe('the area follows the map, and the map never chases the area', () => {
  it('is the box on screen when turned on; the map stays put and the link holds the box, not the map', () => {
    const { store, stop } = mapWithArea();
    const almaty = { center: [76.9, 43.25] as [number, number], zoom: 8 };
    store.getState().setMapView(almaty, 'map');
    store.getState().setMapArea(true);
    const s = store.getState();
    expect(s.filters.area).toEqual(areaOfView(almaty, { width: 800, height: 400 }));
    expect(s.mapView).toEqual(almaty);
    const link = serializeFragment(urlStateOf(s));
    // 800 px at zoom 8 span 2.197°: 1.099° each side of 76.9; 400 px about 0.8° of latitude.
    expect(link).toMatch(/^area=75\.801,42\.8\d\d,77\.999,43\.6\d\d&data=1\.0\.0$/);
    // Only Almaty's incident is inside, and the map did not move to fit it.
    store.getState().setFilters({ categories: ['shutdown', 'protest'] });
    expect(store.getState().mapView).toEqual(almaty);
    stop();
  });

  it("follows the reader's moves, from the map or its keys, and not the app's", () => {
    const { store, stop } = mapWithArea();
    store.getState().setMapView({ center: [76.9, 43.25], zoom: 8 }, 'map');
    store.getState().setMapArea(true);
    const moved = { center: [52.8, 43.34] as [number, number], zoom: 7 };
    store.getState().setMapView(moved, 'map');
    expect(store.getState().filters.area).toEqual(areaOfView(moved, { width: 800, height: 400 }));
    const keys = { center: [53, 43.5] as [number, number], zoom: 7 };
    store.getState().setMapView(keys, 'reader');
    expect(store.getState().filters.area).toEqual(areaOfView(keys, { width: 800, height: 400 }));
    store.getState().setMapView({ center: [70, 48], zoom: 5 }, 'app');
    expect(store.getState().filters.area).toEqual(areaOfView(keys, { width: 800, height: 400 }));
    store.getState().setMapArea(false);
    expect(store.getState().filters).toEqual(EMPTY_FILTERS);
    stop();
  });

  it('from a link, fits the box whole into the map, whatever its size', () => {
    const { store, stop } = mapWithArea();
    // A box wider than Almaty's one incident would be framed with: the map fits the box, not the incidents.
    store.setState({ filters: { ...EMPTY_FILTERS, area: [75.5, 42.5, 78.5, 44] }, mapView: DEFAULT_MAP_VIEW });
    const fitted = store.getState().mapView;
    const [west, south, east, north] = areaOfView(fitted, { width: 800, height: 400 });
    expect(west).toBeLessThanOrEqual(75.5);
    expect(south).toBeLessThanOrEqual(42.5);
    expect(east).toBeGreaterThanOrEqual(78.5);
    expect(north).toBeGreaterThanOrEqual(44);
    // Snugly: on a map twice as wide as high, the 1.5° of latitude fill its height (zoom in steps of 0.05).
    expect(north - south).toBeLessThan(1.5 * 2 ** 0.05 + 0.002);
    // The filter is still the box of the link, not what this screen shows around it.
    expect(store.getState().filters.area).toEqual([75.5, 42.5, 78.5, 44]);
    stop();
  });

  it('does not move the map to an incident the area holds; one outside moves the map and the area', () => {
    const { store, stop } = mapWithArea();
    const almaty = { center: [76.9, 43.25] as [number, number], zoom: 8 };
    store.getState().setMapView(almaty, 'map');
    store.getState().setMapArea(true);
    const area = store.getState().filters.area;
    store.setState(selectIncident('almaty-shutdown-2022', 'list')(store.getState()));
    expect(store.getState().mapView).toEqual(almaty);
    expect(store.getState().filters.area).toBe(area);
    store.setState(selectIncident('zhanaozen-protest-2022', 'detail')(store.getState()));
    const moved = store.getState().mapView;
    expect(moved.center).toEqual([52.8, 43.34]);
    expect(store.getState().filters.area).toEqual(areaOfView(moved, { width: 800, height: 400 }));
    stop();
  });
});
