/**
 * Builds the map's GeoJSON from the visible incidents. Incidents are grouped
 * by gazetteer place (and by how precise that place is) before they reach
 * MapLibre, so the map holds one feature per place, not one per incident:
 * filtering 100,000 incidents hands the map a few dozen features, and
 * clustering never has to be rebuilt over the whole dataset. Pure, so it is
 * tested without a map.
 */
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import type { DataIndex } from '../../data/data-index';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';

export type Spread = 'point' | 'region' | 'country';
const SPREADS: Spread[] = ['point', 'region', 'country'];
const MIXED_COLOR = '#26344f';

export interface PlaceFeatureProps {
  /** placeIndex * 3 + spread code: identifies the group. */
  key: number;
  place: string;
  count: number;
  /** The incident's index and id when the group holds exactly one. */
  i: number;
  id: string;
  color: string;
  /** The category symbol for one incident, the count for several. */
  label: string;
  spread: Spread;
  /** The place's names, for region markers, which are labelled with them. */
  name_en?: string;
  name_ru?: string;
  name_kk?: string;
}

/** Where a place's marker sits, when not at the gazetteer's point (e.g. a region's label point). */
export type Anchors = ReadonlyMap<string, readonly [number, number]>;
const NO_ANCHORS: Anchors = new Map();

export function placeFeatures(
  ix: DataIndex,
  visible: ArrayLike<number>,
  anchors: Anchors = NO_ANCHORS,
): FeatureCollection<Point, PlaceFeatureProps> {
  const groups = ix.placeIds.length * 3;
  const count = new Uint32Array(groups);
  const first = new Int32Array(groups).fill(-1);
  const mixed = new Uint8Array(groups);
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const p = ix.place[i]!;
    if (p < 0) continue;
    const g = p * 3 + ix.spread[i]!;
    if (count[g] === 0) first[g] = i;
    count[g] = count[g]! + 1;
    if (count[g] === 1) continue;
    if (ix.category[i] !== ix.category[first[g]!]) mixed[g] = 1;
  }
  const features: FeatureCollection<Point, PlaceFeatureProps>['features'] = [];
  for (let g = 0; g < groups; g++) {
    const n = count[g]!;
    if (n === 0) continue;
    const placeId = ix.placeIds[Math.floor(g / 3)]!;
    const place = ix.dataset.places.get(placeId);
    if (!place) continue;
    const i = first[g]!;
    const style = CATEGORY_STYLE[CATEGORY_IDS[ix.category[i]!] ?? 'statement'];
    const spread = SPREADS[g % 3]!;
    const [lon, lat] = (spread === 'region' && anchors.get(placeId)) || [place.lon, place.lat];
    features.push({
      type: 'Feature',
      id: g,
      properties: {
        key: g,
        place: placeId,
        count: n,
        i: n === 1 ? i : -1,
        id: n === 1 ? (ix.ids[i] ?? '') : '',
        color: mixed[g] ? MIXED_COLOR : style.color,
        label: n === 1 ? style.symbol : String(n),
        spread,
        ...(spread === 'region' ? { name_en: place.name.en, name_ru: place.name.ru, name_kk: place.name.kk } : {}),
      },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The incidents behind some place groups, in date order. */
export function incidentsInGroups(ix: DataIndex, visible: ArrayLike<number>, keys: Set<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const p = ix.place[i]!;
    if (p >= 0 && keys.has(p * 3 + ix.spread[i]!)) out.push(i);
  }
  return out.sort((a, b) => ix.start[a]! - ix.start[b]! || a - b);
}

export function totalOnMap(fc: FeatureCollection<Point, PlaceFeatureProps>): number {
  let n = 0;
  for (const f of fc.features) n += f.properties.count;
  return n;
}

/**
 * The path of a case on the map: the places of every incident sharing a case
 * with the selected one, in date order (repeated places joined once).
 */
export function caseThread(ix: DataIndex, selectedId: string | null): FeatureCollection<LineString> {
  const empty: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [] };
  const sel = selectedId === null ? undefined : ix.idToIndex.get(selectedId);
  if (sel === undefined) return empty;
  // Country-wide incidents have no point to join; drawing a line to the country's centre would mislead.
  const members = ix.caseMatesOf(sel).filter((i) => ix.place[i]! >= 0 && ix.spread[i] !== 2);
  const coords: Position[] = [];
  for (const i of members) {
    const place = ix.dataset.places.get(ix.placeIds[ix.place[i]!]!);
    if (!place) continue;
    const last = coords[coords.length - 1];
    if (!last || last[0] !== place.lon || last[1] !== place.lat) coords.push([place.lon, place.lat]);
  }
  if (coords.length < 2) return empty;
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } }],
  };
}
