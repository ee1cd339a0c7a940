/**
 * The incident markers MapLibre has drawn, in screen pixels, for keyboard
 * reading (see marker-nav.ts). Clusters name the places they merge.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Spread } from './incident-features';
import { INCIDENT_LAYER_IDS } from './incident-layers';
import type { ScreenMarker } from './marker-nav';

export async function screenMarkers(map: MapLibreMap, source: GeoJSONSource | undefined): Promise<ScreenMarker[]> {
  if (!source || !map.getLayer(INCIDENT_LAYER_IDS.points)) return [];
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const hits = map.queryRenderedFeatures({ layers: [INCIDENT_LAYER_IDS.clusters, INCIDENT_LAYER_IDS.points] });
  const seen = new Set<string>();
  const out: Promise<ScreenMarker | null>[] = [];
  for (const f of hits) {
    const clusterId = f.properties['cluster_id'] as number | undefined;
    const key = clusterId === undefined ? `p:${f.properties['key']}` : `c:${clusterId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [lon = 0, lat = 0] = (f.geometry as GeoJSON.Point).coordinates;
    const { x, y } = map.project([lon, lat]);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    out.push(describe(f, key, x, y, clusterId, source));
  }
  return (await Promise.all(out)).filter((m): m is ScreenMarker => m !== null);
}

async function describe(
  f: MapGeoJSONFeature,
  key: string,
  x: number,
  y: number,
  clusterId: number | undefined,
  source: GeoJSONSource,
): Promise<ScreenMarker | null> {
  if (clusterId === undefined) {
    const count = Number(f.properties['count']);
    return {
      key,
      x,
      y,
      radius: count === 1 ? 9 : 13,
      count,
      places: [String(f.properties['place'])],
      spread: f.properties['spread'] as Spread,
      id: String(f.properties['id'] ?? ''),
    };
  }
  const leaves = await source.getClusterLeaves(clusterId, 1000, 0).catch(() => null);
  if (!leaves) return null;
  return {
    key,
    x,
    y,
    radius: 16,
    count: Number(f.properties['total']),
    places: leaves.map((l) => String(l.properties?.['place'])),
    spread: 'point',
    id: '',
  };
}
