/**
 * Clusters for the map drawn without WebGL, in screen space by whole zoom
 * level as the WebGL map's clusters are: markers whose circles would overlap
 * at a level merge into one cluster carrying the summed count. The input is
 * the place groups of `markersFor` (one marker per place, however many
 * incidents), so 100,000 incidents still cluster a few hundred points.
 * Levels are built from the closest zoom outwards, each from the one below
 * it, so a cluster always splits into the clusters of the next level and
 * knows the zoom at which it first comes apart. Pure, so it is tested
 * without a browser.
 */
import { clusterAction } from '../map-groups';
import { markerRadius, unproject, type Marker } from './geometry';

export interface Cluster {
  /** Its largest member's group key: keyboard focus stays on it while that member is inside. */
  key: number;
  /** Position at zoom 0: the members' positions weighted by their counts. */
  base: [number, number];
  count: number;
  /** Largest first. */
  members: Marker[];
  /** The first whole zoom at which its members are no longer one cluster; Infinity if they never part. */
  splitZoom: number;
}

/** Clear space kept between two circles (their white edges), in pixels. */
const GAP = 3;

/** The WebGL map's cluster circle (incident-layers.ts), by the incidents it holds. */
export function clusterRadius(count: number): number {
  if (count >= 10000) return 30;
  if (count >= 1000) return 25;
  if (count >= 100) return 21;
  if (count >= 10) return 17;
  return 13;
}

/** The radius a cluster is drawn with: a lone group keeps its own marker. */
export function drawnRadius(c: Pick<Cluster, 'members' | 'count'>): number {
  return c.members.length === 1 ? markerRadius(c.count) : clusterRadius(c.count);
}

export class ClusterLevels {
  private readonly levels = new Map<number, Cluster[]>();

  constructor(
    markers: readonly Marker[],
    readonly minZoom: number,
    readonly maxZoom: number,
  ) {
    let below: Cluster[] = markers.map((m) => ({
      key: m.key,
      base: m.base,
      count: m.count,
      members: [m],
      splitZoom: Infinity,
    }));
    for (let z = maxZoom; z >= minZoom; z--) {
      below = mergeLevel(below, 2 ** z, z);
      this.levels.set(z, below);
    }
  }

  /** The clusters drawn at a zoom (its whole level, within the zooms built), larger counts last so they draw on top. */
  at(zoom: number): Cluster[] {
    const level = Math.min(this.maxZoom, Math.max(this.minZoom, Math.floor(zoom + 1e-9)));
    return this.levels.get(level) ?? [];
  }
}

/**
 * One level: clusters of the level below merge while any two would overlap at
 * this scale. Larger counts seed first, so a city takes in the villages
 * around it and not the other way round.
 */
function mergeLevel(items: Cluster[], scale: number, zoom: number): Cluster[] {
  let current = items;
  // A pass that merges nothing proves no two circles overlap; each pass that merges leaves fewer clusters.
  for (;;) {
    const next = mergePass(current, scale, zoom);
    if (next.length === current.length) break;
    current = next;
  }
  return [...current].sort((a, b) => a.count - b.count || b.key - a.key);
}

/** Cells of the grid that finds neighbours: wide enough that two touching circles are at most a cell apart. */
const CELL = 2 * clusterRadius(Infinity) + GAP;
const cellId = (gx: number, gy: number) => gx * 4_194_304 + gy;

function mergePass(items: Cluster[], scale: number, zoom: number): Cluster[] {
  const order = [...items].sort((a, b) => b.count - a.count || a.key - b.key);
  const xs = new Float64Array(order.length);
  const ys = new Float64Array(order.length);
  const grid = new Map<number, number[]>();
  order.forEach((c, k) => {
    xs[k] = c.base[0] * scale;
    ys[k] = c.base[1] * scale;
    const id = cellId(Math.floor(xs[k] / CELL), Math.floor(ys[k] / CELL));
    const list = grid.get(id);
    if (list) list.push(k);
    else grid.set(id, [k]);
  });
  const taken = new Uint8Array(order.length);
  const out: Cluster[] = [];
  for (let k = 0; k < order.length; k++) {
    if (taken[k]) continue;
    taken[k] = 1;
    const seed = order[k]!;
    const parts = [seed];
    let [x, y, count, r] = [xs[k]!, ys[k]!, seed.count, drawnRadius(seed)];
    // The seed keeps growing (and moving to its members' centre) while it reaches another circle.
    for (let grew = true; grew;) {
      grew = false;
      const gx = Math.floor(x / CELL);
      const gy = Math.floor(y / CELL);
      for (let cx = gx - 1; cx <= gx + 1; cx++) {
        for (let cy = gy - 1; cy <= gy + 1; cy++) {
          const cell = grid.get(cellId(cx, cy));
          if (!cell) continue;
          for (const j of cell) {
            const reach = r + drawnRadius(order[j]!) + GAP;
            if (taken[j] || (xs[j]! - x) ** 2 + (ys[j]! - y) ** 2 >= reach * reach) continue;
            taken[j] = 1;
            const other = order[j]!;
            parts.push(other);
            x = (x * count + xs[j]! * other.count) / (count + other.count);
            y = (y * count + ys[j]! * other.count) / (count + other.count);
            count += other.count;
            r = clusterRadius(count);
            grew = true;
          }
        }
      }
    }
    out.push(parts.length === 1 ? seed : combine(parts, zoom));
  }
  return out;
}

/**
 * A cluster of clusters from the level below (or unions of them, from this
 * level's earlier pass): at the next zoom its parts are apart again.
 */
function combine(parts: Cluster[], zoom: number): Cluster {
  let count = 0;
  let x = 0;
  let y = 0;
  const members: Marker[] = [];
  for (const p of parts) {
    count += p.count;
    x += p.base[0] * p.count;
    y += p.base[1] * p.count;
    members.push(...p.members);
  }
  members.sort((a, b) => b.count - a.count || a.key - b.key);
  return {
    key: members[0]!.key,
    base: [x / count, y / count],
    count,
    members,
    splitZoom: samePlace(members) ? Infinity : zoom + 1,
  };
}

/** Members all at one spot never part, however close the zoom. */
function samePlace(members: readonly Marker[]): boolean {
  const [x, y] = members[0]!.lonLat;
  return members.every((m) => m.lonLat[0] === x && m.lonLat[1] === y);
}

export type ClusterClick =
  | { kind: 'select'; id: string }
  | { kind: 'chooser'; keys: number[] }
  | { kind: 'zoom'; center: [number, number]; zoom: number };

/**
 * What a click (or Enter) on a drawn cluster does, as on the WebGL map: one
 * incident opens, a group at one place offers the chooser, and a cluster
 * zooms in to where it parts, or offers the chooser when it never will.
 */
export function clusterClick(c: Cluster, maxZoom: number): ClusterClick {
  const only = c.members.length === 1 ? c.members[0]! : null;
  if (only?.count === 1) return { kind: 'select', id: only.id };
  const keys = c.members.map((m) => m.key);
  const places = c.members.map((m) => m.lonLat.join(','));
  if (only || clusterAction(places, c.splitZoom, maxZoom) === 'chooser') return { kind: 'chooser', keys };
  return { kind: 'zoom', center: unproject(c.base), zoom: c.splitZoom };
}
