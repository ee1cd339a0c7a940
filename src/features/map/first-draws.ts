/**
 * The order in which the map first draws its layers, one kind a frame (see
 * layer-stages.ts for why): the water and the land come with the style, then
 * each kind of incident marker, then the basemap's lines and names. Each
 * starts transparent and is given its opacity at its turn (layer-opacity.ts).
 *
 * The incidents often arrive after their layers' turn. Stand-ins then compile
 * each kind's shaders in their place: a copy of the layer over a few features
 * at the centre of the view, drawn under the opaque water so that nothing of
 * it shows. When the incidents come, their first frame only draws.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { UiLang } from '../../lib/langs';
import { basemapLayers, LATER_BASE_LAYERS } from './basemap/style';
import { CASE_THREAD_LAYER, INCIDENT_LAYER_IDS, incidentLayers } from './incident-layers';
import { restoreOpacity, transparent } from './layer-opacity';

const STAND_IN_PREFIX = 'first-draw-';
const STAND_IN_SOURCES = { point: 'first-draw-points', line: 'first-draw-line' } as const;

/**
 * Layers first drawn together, one group a frame, after the basemap's first
 * frame. The kinds grouped together are cheap to compile, or share shaders
 * with layers drawn before.
 */
export const FIRST_DRAW_ORDER: string[][] = [
  [INCIDENT_LAYER_IDS.clusters],
  [INCIDENT_LAYER_IDS.clusterCount],
  [INCIDENT_LAYER_IDS.points],
  [INCIDENT_LAYER_IDS.regionLabels],
  [INCIDENT_LAYER_IDS.symbols, INCIDENT_LAYER_IDS.selected, CASE_THREAD_LAYER.id],
  ...LATER_BASE_LAYERS,
];

/** Features that every layer's filter matches one of: a cluster, an incident at a point, a region's group, names. */
export function standInFeatures(at: [number, number]): Record<keyof typeof STAND_IN_SOURCES, FeatureCollection> {
  const [x, y] = at;
  const common = { key: 0, place: '', i: -1, id: '', color: '#26344f', total: 2, name_en: 'A' };
  const points = [
    { ...common, point_count: 2, count: 2, label: '2', spread: 'point' },
    { ...common, count: 1, label: '1', spread: 'point' },
    { ...common, count: 2, label: '2', spread: 'region' },
  ];
  const feature = (geometry: Feature['geometry'], properties = {}): Feature => ({
    type: 'Feature',
    properties,
    geometry,
  });
  return {
    point: {
      type: 'FeatureCollection',
      features: points.map((p) => feature({ type: 'Point', coordinates: at }, p)),
    },
    line: {
      type: 'FeatureCollection',
      features: [feature({ type: 'LineString', coordinates: [at, [x + 0.5, y + 0.5]] })],
    },
  };
}

/** A layer's stand-in: the same paint and layout, over the stand-in features of its geometry. */
export function standInOf(layer: LayerSpecification): LayerSpecification {
  const kind = layer.type === 'line' ? 'line' : 'point';
  return { ...layer, id: STAND_IN_PREFIX + layer.id, source: STAND_IN_SOURCES[kind] } as LayerSpecification;
}

const INCIDENT_SPECS = (lang: UiLang) => [...incidentLayers(lang), CASE_THREAD_LAYER];

/** Every layer the order shows, as specified, that the map has. */
function specs(map: MapLibreMap, lang: UiLang): Map<string, LayerSpecification> {
  const all = [...basemapLayers(lang), ...INCIDENT_SPECS(lang)];
  const shown = new Set(FIRST_DRAW_ORDER.flat());
  return new Map(all.filter((l) => shown.has(l.id) && map.getLayer(l.id)).map((l) => [l.id, l]));
}

/**
 * Adds the stand-ins, transparent, under the style's first layer when that is
 * an opaque background; a remote style may start otherwise, and then gets
 * none. Call once the style has loaded (MapLibre's `style.load`). True when added.
 */
export function addStandIns(map: MapLibreMap, lang: UiLang): boolean {
  const [bottom] = map.getLayersOrder();
  if (bottom === undefined || map.getLayer(bottom)?.type !== 'background') return false;
  const c = map.getCenter();
  const features = standInFeatures([c.lng, c.lat]);
  for (const [kind, id] of Object.entries(STAND_IN_SOURCES))
    map.addSource(id, { type: 'geojson', data: features[kind as keyof typeof STAND_IN_SOURCES] });
  // The basemap's own kinds share their shaders with these, or are cheap: they need no stand-ins.
  for (const spec of INCIDENT_SPECS(lang)) map.addLayer(transparent(standInOf(spec)), bottom);
  return true;
}

/** The steps that show the map's transparent layers, one group a frame, for LayerStages. */
export function firstDrawSteps(map: MapLibreMap, lang: UiLang, standIns: boolean): (() => void)[] {
  const shown = specs(map, lang);
  return FIRST_DRAW_ORDER.map((group, k) => () => {
    for (const id of group) {
      const spec = shown.get(id);
      if (!spec) continue;
      restoreOpacity(map, spec);
      if (standIns) restoreOpacity(map, standInOf(spec));
    }
    // Every kind is compiled once the last group is drawn: the stand-ins go with it.
    if (standIns && k === FIRST_DRAW_ORDER.length - 1) removeStandIns(map, [...shown.keys()]);
  });
}

function removeStandIns(map: MapLibreMap, ids: string[]) {
  for (const id of ids) if (map.getLayer(STAND_IN_PREFIX + id)) map.removeLayer(STAND_IN_PREFIX + id);
  for (const source of Object.values(STAND_IN_SOURCES)) if (map.getSource(source)) map.removeSource(source);
}
