/** Builds the map's GeoJSON from the visible incidents. Pure, so it is tested without a map. */
import type { FeatureCollection, Point } from 'geojson';
import type { DataIndex } from '../../data/data-index';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../lib/categories';

export interface IncidentFeatureProps {
  /** Index into the data index. */
  i: number;
  id: string;
  color: string;
  symbol: string;
  /** 'point' for exact/settlement/district, 'region' or 'country' for coarser places. */
  spread: 'point' | 'region' | 'country';
}

export function spreadOf(precision: string): IncidentFeatureProps['spread'] {
  if (precision === 'region') return 'region';
  if (precision === 'country') return 'country';
  return 'point';
}

export function incidentFeatures(ix: DataIndex, visible: Uint32Array): FeatureCollection<Point, IncidentFeatureProps> {
  const features: FeatureCollection<Point, IncidentFeatureProps>['features'] = [];
  const places = ix.dataset.places;
  for (const i of visible) {
    const p = ix.place[i]!;
    if (p < 0) continue;
    const place = places.get(ix.placeIds[p]!);
    const inc = ix.dataset.incidents[i];
    if (!place || !inc) continue;
    const cat = CATEGORY_IDS[ix.category[i]!] ?? 'statement';
    const style = CATEGORY_STYLE[cat];
    features.push({
      type: 'Feature',
      id: i,
      properties: { i, id: inc.id, color: style.color, symbol: style.symbol, spread: spreadOf(inc.locationPrecision) },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
