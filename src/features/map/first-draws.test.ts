/**
 * The first-draw order against a fake map that records what is added and
 * which opacities are set, and the stand-ins' features against MapLibre's
 * own filter evaluation.
 */
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { basemapLayers, basemapStyle, LATER_BASE_LAYERS } from './basemap/style';
import { addStandIns, firstDrawSteps, FIRST_DRAW_ORDER, standInFeatures } from './first-draws';
import { addIncidentSources, CASE_THREAD_LAYER, incidentLayers } from './incident-layers';

type Paint = Record<string, unknown>;

// The style resolves its files against the page's address.
beforeAll(() => vi.stubGlobal('window', { location: { href: 'http://example.org/' } }));
afterAll(() => vi.unstubAllGlobals());

/** Layers in order, with their paint as MapLibre would hold it after each call. */
class FakeMap {
  layers: (LayerSpecification & { paint?: Paint })[] = [];
  sources = new Set<string>();
  /** Opacity and transition changes, in order. */
  calls: [string, string, unknown][] = [];

  constructor(style: LayerSpecification[]) {
    this.layers = style.map((l) => ({ ...l }));
  }
  getLayersOrder() {
    return this.layers.map((l) => l.id);
  }
  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }
  getCenter() {
    return { lng: 68, lat: 48 };
  }
  addSource(id: string) {
    this.sources.add(id);
  }
  getSource(id: string) {
    return this.sources.has(id) ? {} : undefined;
  }
  removeSource(id: string) {
    this.sources.delete(id);
  }
  addLayer(layer: LayerSpecification, before?: string) {
    const at = before === undefined ? this.layers.length : this.layers.findIndex((l) => l.id === before);
    this.layers.splice(at, 0, { ...layer });
  }
  removeLayer(id: string) {
    this.layers = this.layers.filter((l) => l.id !== id);
  }
  setPaintProperty(id: string, name: string, value: unknown) {
    this.calls.push([id, name, value]);
    const layer = this.getLayer(id)!;
    layer.paint = { ...layer.paint };
    if (value === null) delete layer.paint[name];
    else layer.paint[name] = value;
  }
  /** Whether MapLibre would draw the layer: no opacity of it a constant 0. */
  drawn(id: string) {
    const paint = this.getLayer(id)?.paint ?? {};
    return !Object.entries(paint).some(([k, v]) => /-opacity$/.test(k) && v === 0);
  }
  asMap() {
    return this as unknown as MapLibreMap;
  }
}

const INCIDENT_IDS = [...incidentLayers('en'), CASE_THREAD_LAYER].map((l) => l.id);
const LATER = LATER_BASE_LAYERS.flat();

function loadedMap(): FakeMap {
  const map = new FakeMap(basemapStyle('http://example.org/', 'en').layers);
  addIncidentSources(map.asMap(), 'en', 9);
  return map;
}

describe('the stand-ins', () => {
  it('give every incident layer’s filter a feature to draw', () => {
    const { point, line } = standInFeatures([68, 48]);
    for (const layer of [...incidentLayers('en'), CASE_THREAD_LAYER]) {
      const features = layer.type === 'line' ? line.features : point.features;
      const filter = featureFilter('filter' in layer ? layer.filter : undefined, 'filter');
      const matches = features.filter((f) =>
        filter.filter({ zoom: 5 }, { type: f.geometry.type === 'Point' ? 1 : 2, properties: f.properties ?? {} }),
      );
      expect(matches.length, layer.id).toBeGreaterThan(0);
    }
  });

  it('are laid under the water, which covers the whole map with an opaque colour', () => {
    const [water] = basemapLayers('en');
    expect(water?.type).toBe('background');
    const colour = (water as { paint: { 'background-color': string } }).paint['background-color'];
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);

    const map = loadedMap();
    expect(addStandIns(map.asMap(), 'en')).toBe(true);
    const order = map.getLayersOrder();
    const standIns = order.slice(0, order.indexOf('water'));
    expect(standIns).toHaveLength(INCIDENT_IDS.length);
    // Each copies its layer's paint and layout, so it compiles the very same shaders.
    for (const id of INCIDENT_IDS) {
      const copy = map.getLayer(`first-draw-${id}`)!;
      const layer = map.getLayer(id)!;
      expect(copy.type).toBe(layer.type);
      expect('layout' in copy && copy.layout).toEqual('layout' in layer && layer.layout);
      expect(copy.paint).toEqual(layer.paint);
    }
  });

  it('are left out under a style that does not start with a background', () => {
    const map = new FakeMap([{ id: 'tiles', type: 'raster', source: 'remote' }]);
    expect(addStandIns(map.asMap(), 'en')).toBe(false);
    expect(map.getLayersOrder()).toEqual(['tiles']);
  });
});

describe('the first draws', () => {
  it('start with only the water and the land drawn', () => {
    const map = loadedMap();
    const drawn = map.getLayersOrder().filter((id) => map.drawn(id));
    expect(drawn).toEqual(['water', 'land']);
  });

  it('draw each incident layer once, in the order given, then the basemap’s lines and names, and leave no stand-in', () => {
    const map = loadedMap();
    const standIns = addStandIns(map.asMap(), 'en');
    const steps = firstDrawSteps(map.asMap(), 'en', standIns);
    expect(steps).toHaveLength(FIRST_DRAW_ORDER.length);

    const shown: string[][] = [];
    for (const step of steps) {
      const before = new Set(map.getLayersOrder().filter((id) => map.drawn(id)));
      step();
      shown.push(
        map.getLayersOrder().filter((id) => map.drawn(id) && !before.has(id) && !id.startsWith('first-draw-')),
      );
    }
    expect(shown.map((ids) => ids.sort())).toEqual(FIRST_DRAW_ORDER.map((ids) => [...ids].sort()));
    // Every incident layer and every basemap layer the style starts transparent has its turn.
    expect(FIRST_DRAW_ORDER.flat().sort()).toEqual([...INCIDENT_IDS, ...LATER].sort());
    expect(map.getLayersOrder().filter((id) => id.startsWith('first-draw-'))).toEqual([]);
    expect(map.sources.has('first-draw-points')).toBe(false);
    expect(map.getLayersOrder().every((id) => map.drawn(id))).toBe(true);
  });

  it('give each layer back the opacity of its spec, without a fade', () => {
    const map = loadedMap();
    for (const step of firstDrawSteps(map.asMap(), 'en', false)) step();
    expect(map.getLayer(CASE_THREAD_LAYER.id)?.paint?.['line-opacity']).toBe(0.9);
    expect(map.getLayer('incident-points')?.paint).not.toHaveProperty('circle-opacity');
    for (const id of [...INCIDENT_IDS, ...LATER]) {
      const transitions = map.calls.filter(([layer, name]) => layer === id && name.endsWith('-transition'));
      expect(transitions.length, id).toBeGreaterThan(0);
      for (const [, , value] of transitions) expect(value).toEqual({ duration: 0, delay: 0 });
    }
  });
});
