/**
 * Map layers for incidents. Exact and settlement-level incidents are solid
 * dots; region- and country-level ones are hollow rings over a wide, faint
 * halo, so a coarse location is never mistaken for a precise point.
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

const unclustered: ['!', ['has', string]] = ['!', ['has', 'point_count']];
const coarse: ExpressionSpecification = ['!=', ['get', 'spread'], 'point'];

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
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 50, 22, 500, 28],
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
        'text-field': ['get', 'point_count_abbreviated'],
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
        'circle-radius': 9,
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
        'text-field': ['get', 'symbol'],
        'text-font': ['sans-serif'],
        'text-size': 9,
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
