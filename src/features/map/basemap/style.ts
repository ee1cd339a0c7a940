/**
 * The offline basemap style. Everything it needs is served by the app itself:
 * no tiles, no sprite, and no `glyphs` key, so MapLibre draws label text with
 * the reader's local fonts and never asks a font server for glyphs.
 */
import type { StyleSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { BASEMAP_LABELS } from './labels.ts';
import type { UiLang } from '../../../lib/langs.ts';
import { BASEMAP_COLORS } from '../../../ui/basemap-colors.ts';
import { transparent } from '../layer-opacity.ts';

export function labelsGeoJson(): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: BASEMAP_LABELS.map((l) => ({
      type: 'Feature',
      properties: { kind: l.kind, rank: l.rank, name_en: l.en, name_ru: l.ru, name_kk: l.kk },
      geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
    })),
  };
}

export function labelText(lang: UiLang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/**
 * Layers drawn after the first frame, one kind a frame (first-draws.ts): the
 * style starts with them transparent, so the first frame has only the water
 * and the land.
 */
export const LATER_BASE_LAYERS = [['coast', 'borders', 'country-labels', 'city-labels']];

export function basemapStyle(baseUrl: string, lang: UiLang = 'en'): StyleSpecification {
  const url = (path: string) => new URL(path, new URL(baseUrl, window.location.href)).href;
  const later = new Set(LATER_BASE_LAYERS.flat());
  return {
    version: 8,
    name: 'Offline Natural Earth',
    sources: {
      countries: { type: 'geojson', data: url('basemap/countries.json') },
      borders: { type: 'geojson', data: url('basemap/borders.json') },
      labels: { type: 'geojson', data: labelsGeoJson() },
    },
    layers: basemapLayers(lang).map((layer) => (later.has(layer.id) ? transparent(layer) : layer)),
  };
}

/** The basemap's layers as they are drawn once shown. */
export function basemapLayers(lang: UiLang): LayerSpecification[] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
    {
      id: 'land',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['case', ['==', ['get', 'name'], 'Kazakhstan'], BASEMAP_COLORS.focus, BASEMAP_COLORS.land],
      },
    },
    {
      id: 'coast',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': BASEMAP_COLORS.coast, 'line-width': 0.6 },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      paint: {
        'line-color': BASEMAP_COLORS.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': labelText(lang),
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 16],
        'text-letter-spacing': 0.12,
        'text-transform': 'uppercase',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': '#6b655b', 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['!=', ['get', 'kind'], 'country'],
      minzoom: 2.5,
      layout: {
        'text-field': labelText(lang),
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 15],
        // Beside the incident markers drawn on towns, never under them.
        'text-variable-anchor': [
          'top',
          'bottom',
          'right',
          'left',
          'top-right',
          'bottom-right',
          'top-left',
          'bottom-left',
        ],
        'text-radial-offset': 1.1,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.5 },
    },
  ];
}
