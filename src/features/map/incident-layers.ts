/**
 * Map layers for incidents. Each feature is a place holding one or more
 * incidents. Exact and settlement-level places are solid discs; region-level
 * ones are hollow rings of the same size at the region's label point, with
 * the region's name under them, so a coarse location is never mistaken for a
 * precise point. Country-level incidents are not drawn here (see the
 * nationwide control). Clusters sum the incidents of the places they merge.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { UiLang } from '../../lib/langs';
import { labelText } from './basemap/style';
import { transparent } from './layer-opacity';

export const INCIDENT_LAYER_IDS = {
  clusters: 'incident-clusters',
  clusterCount: 'incident-cluster-count',
  points: 'incident-points',
  symbols: 'incident-symbols',
  selected: 'incident-selected',
  regionLabels: 'incident-region-labels',
} as const;

const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
const coarse: ExpressionSpecification = ['!=', ['get', 'spread'], 'point'];
const single: ExpressionSpecification = ['==', ['get', 'count'], 1];

export function incidentLayers(lang: UiLang): LayerSpecification[] {
  return [
    {
      id: INCIDENT_LAYER_IDS.clusters,
      type: 'circle',
      source: 'incidents',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#26344f',
        'circle-radius': ['step', ['get', 'total'], 13, 10, 17, 100, 21, 1000, 25, 10000, 30],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.clusterCount,
      type: 'symbol',
      source: 'incidents',
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'total']],
        'text-font': ['sans-serif'],
        'text-size': 12,
        'text-allow-overlap': true,
        // A count never pushes a town's name off the map.
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: INCIDENT_LAYER_IDS.points,
      type: 'circle',
      source: 'incidents',
      filter: unclustered,
      paint: {
        'circle-radius': ['case', single, 9, ['step', ['get', 'count'], 12, 10, 15, 100, 19, 1000, 23, 10000, 28]],
        'circle-color': ['case', coarse, '#ffffff', ['get', 'color']],
        'circle-stroke-color': ['case', coarse, ['get', 'color'], '#ffffff'],
        'circle-stroke-width': ['case', coarse, 3, 1.5],
      },
    },
    {
      id: INCIDENT_LAYER_IDS.regionLabels,
      type: 'symbol',
      source: 'incidents',
      filter: ['all', unclustered, coarse],
      layout: {
        'text-field': labelText(lang),
        'text-font': ['sans-serif'],
        'text-size': 12,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-anchor': 'top',
        'text-offset': [0, 1.2],
        'text-max-width': 9,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': ['get', 'color'], 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: INCIDENT_LAYER_IDS.symbols,
      type: 'symbol',
      source: 'incidents',
      filter: unclustered,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': ['sans-serif'],
        'text-size': ['case', single, 9, 11],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ['case', coarse, ['get', 'color'], '#ffffff'] },
    },
    {
      id: INCIDENT_LAYER_IDS.selected,
      type: 'circle',
      source: 'selected',
      paint: {
        'circle-radius': 14,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#000000',
        'circle-stroke-width': 3,
      },
    },
  ];
}

/** The line through a case's incidents, in date order, under the markers. */
export const CASE_THREAD_LAYER: LayerSpecification = {
  id: 'case-thread',
  type: 'line',
  source: 'case-thread',
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': '#b7791f', 'line-width': 3, 'line-dasharray': [2, 1.5], 'line-opacity': 0.9 },
};

/** The incidents' sources (clustered places, the selection, a case's thread) and their layers. */
export function addIncidentSources(map: MapLibreMap, lang: UiLang, clusterMaxZoom: number) {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('incidents', {
    type: 'geojson',
    data: empty,
    cluster: true,
    clusterRadius: 38,
    clusterMaxZoom,
    clusterProperties: { total: ['+', ['get', 'count']] },
  });
  map.addSource('selected', { type: 'geojson', data: empty });
  map.addSource('case-thread', { type: 'geojson', data: empty });
  // Transparent until their turn to be first drawn (first-draws.ts).
  for (const layer of [CASE_THREAD_LAYER, ...incidentLayers(lang)]) map.addLayer(transparent(layer));
}
