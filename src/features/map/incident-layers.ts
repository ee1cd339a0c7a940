/**
 * Map layers for incidents. Each feature is a place holding one or more
 * incidents. Exact and settlement-level places are solid; region- and
 * country-level ones are hollow rings over a wide, faint halo, so a coarse
 * location is never mistaken for a precise point. Clusters sum the incidents
 * of the places they merge.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const INCIDENT_LAYER_IDS = {
  halo: 'incident-halo',
  clusters: 'incident-clusters',
  clusterCount: 'incident-cluster-count',
  points: 'incident-points',
  symbols: 'incident-symbols',
  selected: 'incident-selected',
} as const;

const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
const coarse: ExpressionSpecification = ['!=', ['get', 'spread'], 'point'];
const single: ExpressionSpecification = ['==', ['get', 'count'], 1];

export function incidentLayers(): LayerSpecification[] {
  return [
    {
      id: INCIDENT_LAYER_IDS.halo,
      type: 'circle',
      source: 'incidents',
      filter: ['all', unclustered, coarse],
      paint: {
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          2,
          ['match', ['get', 'spread'], 'country', 40, 12],
          8,
          ['match', ['get', 'spread'], 'country', 2560, 768],
        ],
        'circle-color': ['get', 'color'],
        'circle-opacity': 0.08,
        'circle-stroke-color': ['get', 'color'],
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.35,
      },
    },
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
