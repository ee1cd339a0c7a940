/**
 * Layers for the basemap's detail file (public/basemap/detail.json, built by
 * `npm run basemap`): waters, glaciers and built-up areas under the borders,
 * then towns, region names, waters and physical regions as labels ranked by
 * zoom, and GeoNames villages under all of them. The file is added after the
 * first paint, so it never delays it.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { UiLang } from '../../../lib/langs';
import { BASEMAP_COLORS } from '../../../ui/basemap-colors';
import { labelText } from './style';

export const DETAIL_SOURCE = 'basemap-detail';
export const SITES_SOURCE = 'basemap-sites';

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'k'], k];
/** Labels show from their own zoom (`z`, evaluated at whole zoom levels). */
const fromZoom = (k: string): ExpressionSpecification => ['all', kind(k), ['>=', ['zoom'], ['get', 'z']]];

const COLORS = {
  river: '#86aecb',
  glacier: '#fdfeff',
  glacierLine: '#b9cfdf',
  urban: '#e3d6bf',
  waterText: '#2f5f80',
  regionText: '#6b5f4e',
  physicalText: '#7d6f55',
  town: '#3b3b3b',
  place: '#5a5a5a',
} as const;

const halo = { 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.4 } as const;

/** Shapes drawn under the country borders (insert before the "borders" layer). */
export function detailShapeLayers(): LayerSpecification[] {
  return [
    {
      id: 'detail-urban',
      type: 'fill',
      source: DETAIL_SOURCE,
      filter: kind('urban'),
      minzoom: 5,
      paint: { 'fill-color': COLORS.urban, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 8, 0.9] },
    },
    {
      id: 'detail-glaciers',
      type: 'fill',
      source: DETAIL_SOURCE,
      filter: kind('glacier'),
      paint: { 'fill-color': COLORS.glacier, 'fill-outline-color': COLORS.glacierLine },
    },
    {
      id: 'detail-rivers',
      type: 'line',
      source: DETAIL_SOURCE,
      filter: kind('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': COLORS.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 6, 1.4, 9, 2.6],
      },
    },
    {
      id: 'detail-lakes',
      type: 'fill',
      source: DETAIL_SOURCE,
      filter: kind('lake'),
      paint: { 'fill-color': BASEMAP_COLORS.water, 'fill-outline-color': BASEMAP_COLORS.coast },
    },
  ];
}

/** Label layers whose text follows the interface language. */
export const DETAIL_LABEL_LAYERS = [
  'detail-place-labels',
  'detail-physical-labels',
  'detail-water-labels',
  'detail-river-labels',
  'detail-region-labels',
  'detail-town-labels',
  'site-labels',
] as const;

/**
 * Labels and town dots, drawn over the shapes and under the incidents.
 * `hiddenRegions` are regions whose incident marker already carries the name.
 */
export function detailLabelLayers(lang: UiLang, hiddenRegions: string[] = []): LayerSpecification[] {
  const text = labelText(lang);
  return [
    // GeoNames villages come first, so every other label is placed before them and wins a collision.
    {
      id: 'detail-place-dots',
      type: 'circle',
      source: DETAIL_SOURCE,
      filter: fromZoom('place'),
      minzoom: 7,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 1.8, 10, 2.6],
        'circle-color': COLORS.place,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: 'detail-place-labels',
      type: 'symbol',
      source: DETAIL_SOURCE,
      filter: fromZoom('place'),
      minzoom: 7,
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 10, 12],
        // Beside the dot rather than on it, so the dot still shows where the place is.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': COLORS.place, ...halo },
    },
    {
      id: 'detail-physical-labels',
      type: 'symbol',
      source: DETAIL_SOURCE,
      filter: fromZoom('physical'),
      maxzoom: 8,
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': 11,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.15,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': COLORS.physicalText, ...halo },
    },
    {
      id: 'detail-water-labels',
      type: 'symbol',
      source: DETAIL_SOURCE,
      filter: fromZoom('water'),
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': COLORS.waterText, ...halo },
    },
    {
      id: 'detail-river-labels',
      type: 'symbol',
      source: DETAIL_SOURCE,
      filter: kind('river'),
      minzoom: 5,
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': 11,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
      },
      paint: { 'text-color': COLORS.waterText, ...halo },
    },
    {
      id: 'detail-region-labels',
      type: 'symbol',
      source: DETAIL_SOURCE,
      filter: regionLabelFilter(hiddenRegions),
      maxzoom: 9,
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': 12,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.1,
        'text-max-width': 9,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': COLORS.regionText, ...halo },
    },
    {
      id: 'detail-town-dots',
      type: 'circle',
      source: DETAIL_SOURCE,
      filter: fromZoom('town'),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2, 9, ['match', ['get', 'r'], [1, 2], 5, 3.5]],
        'circle-color': '#ffffff',
        'circle-stroke-color': COLORS.town,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'detail-town-labels',
      type: 'symbol',
      source: DETAIL_SOURCE,
      filter: fromZoom('town'),
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': townSize(),
        // Clear of the dot and most of a marker drawn on the town; other anchors when the first collides.
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 0.9,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': COLORS.town, ...halo },
    },
    {
      id: 'site-dots',
      type: 'circle',
      source: SITES_SOURCE,
      minzoom: 8,
      paint: {
        'circle-radius': 4,
        'circle-color': COLORS.town,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'site-labels',
      type: 'symbol',
      source: SITES_SOURCE,
      minzoom: 8,
      layout: {
        'text-field': text,
        'text-font': ['sans-serif'],
        'text-size': 12,
        'text-variable-anchor': ['bottom', 'top', 'right', 'left'],
        'text-radial-offset': 1.1,
        'text-max-width': 10,
      },
      paint: { 'text-color': COLORS.town, ...halo },
    },
  ];
}

function townSize(): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['match', ['get', 'r'], 1, 13, 2, 12, 11],
    9,
    ['match', ['get', 'r'], 1, 17, 2, 16, 3, 15, 14],
  ];
}

/** The filter of the region-label layer, hiding regions whose incident marker already names them. */
export function regionLabelFilter(hiddenRegions: string[]): FilterSpecification {
  return ['all', fromZoom('region'), ['!', ['in', ['get', 'id'], ['literal', hiddenRegions]]]];
}
