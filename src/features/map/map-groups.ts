/**
 * What the map shows for the place groups of incident-features.ts, whatever
 * draws it (MapLibre or another renderer): groups with a point or a region
 * go on the map, groups known only to a country go to the "nationwide"
 * control, and a cluster whose incidents share one place opens a chooser
 * rather than zooming into nothing. Pure, so it is tested without a map.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { DataIndex } from '../../data/data-index';
import type { Place } from '../../data/schema';
import { REGION_ANCHORS } from '../../data/basemap/regions';
import { placeFeatures, type PlaceFeatureProps } from './incident-features';

export type PlaceGroups = FeatureCollection<Point, PlaceFeatureProps>;

export interface MapGroups {
  /** Groups drawn as markers (exact, settlement, district and region level). */
  mapped: PlaceGroups;
  /** Groups known only to a country, listed by the nationwide control. */
  countryLevel: PlaceFeatureProps[];
  /** Incidents in countryLevel. */
  countryTotal: number;
  /** Incidents on the map, the control included. */
  total: number;
  /** Regions with a marker: their basemap label is left to the marker. */
  markedRegions: string[];
}

let last: { ix: DataIndex; visible: ArrayLike<number>; groups: MapGroups } | null = null;

/**
 * Groups for the visible incidents. Remembers the last answer, so the map and
 * the controls around it share one pass over the visible set per change.
 */
export function mapGroups(ix: DataIndex, visible: ArrayLike<number>): MapGroups {
  if (last && last.ix === ix && last.visible === visible) return last.groups;
  const groups = splitByPrecision(placeFeatures(ix, visible, REGION_ANCHORS));
  last = { ix, visible, groups };
  return groups;
}

export function splitByPrecision(all: PlaceGroups): MapGroups {
  const mapped: PlaceGroups['features'] = [];
  const countryLevel: PlaceFeatureProps[] = [];
  const markedRegions: string[] = [];
  let countryTotal = 0;
  let total = 0;
  for (const f of all.features) {
    total += f.properties.count;
    if (f.properties.spread === 'country') {
      countryLevel.push(f.properties);
      countryTotal += f.properties.count;
      continue;
    }
    if (f.properties.spread === 'region') markedRegions.push(f.properties.place);
    mapped.push(f);
  }
  return { mapped: { type: 'FeatureCollection', features: mapped }, countryLevel, countryTotal, total, markedRegions };
}

/**
 * What a click (or Enter) on a cluster does: zoom in while that separates its
 * places, otherwise open the chooser. Incidents at one place never separate.
 */
export function clusterAction(
  leafPlaces: readonly string[],
  expansionZoom: number,
  maxZoom: number,
): 'zoom' | 'chooser' {
  if (new Set(leafPlaces).size <= 1) return 'chooser';
  return expansionZoom > maxZoom ? 'chooser' : 'zoom';
}

/** Site-level places (a square, a building), drawn with their names at the highest zooms. */
export function siteFeatures(places: Iterable<Place>): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  for (const p of places) {
    if (p.kind !== 'site') continue;
    features.push({
      type: 'Feature',
      properties: { name_en: p.name.en, name_ru: p.name.ru, name_kk: p.name.kk },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
