/**
 * Adds the basemap's detail file and the dataset's sites to a MapLibre map
 * after its first paint, and keeps every label layer in the interface
 * language.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import {
  DETAIL_LABEL_LAYERS,
  DETAIL_SOURCE,
  SITES_SOURCE,
  detailLabelLayers,
  detailShapeLayers,
  regionLabelFilter,
} from './detail-style';
import type { UiLang } from '../../../lib/langs';
import { labelText } from './style';

/** Every layer whose text is a place name. */
const LABEL_LAYERS = ['country-labels', 'city-labels', 'incident-region-labels', ...DETAIL_LABEL_LAYERS];

export function addDetailLayers(map: MapLibreMap, baseUrl: string, lang: UiLang) {
  const url = new URL('basemap/detail.json', new URL(baseUrl, window.location.href)).href;
  map.addSource(DETAIL_SOURCE, { type: 'geojson', data: url });
  map.addSource(SITES_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const below = map.getLayer('borders') ? 'borders' : undefined;
  for (const layer of detailShapeLayers()) map.addLayer(layer, below);
  // Labels go under the incidents, which may already be on the map.
  const underIncidents = map.getLayer('case-thread') ? 'case-thread' : undefined;
  for (const layer of detailLabelLayers(lang)) map.addLayer(layer, underIncidents);
}

export function setSites(map: MapLibreMap, sites: FeatureCollection<Point>) {
  map.getSource<GeoJSONSource>(SITES_SOURCE)?.setData(sites);
}

export function setLabelLanguage(map: MapLibreMap, lang: UiLang) {
  for (const id of LABEL_LAYERS) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelText(lang));
  }
}

/** Regions whose incident marker carries the name lose their plain basemap label. */
export function setMarkedRegions(map: MapLibreMap, regions: string[]) {
  if (map.getLayer('detail-region-labels')) map.setFilter('detail-region-labels', regionLabelFilter(regions));
}
