/**
 * Keyboard reading of the map, independent of the renderer: a renderer lists
 * the markers it has drawn (in screen pixels) and opens one on request; this
 * module decides which marker an arrow key moves to and what is announced.
 */
import type { Spread } from './incident-features';

export interface ScreenMarker {
  /** Stable while the marker is on screen ("p:<group key>" or "c:<cluster id>"). */
  key: string;
  x: number;
  y: number;
  /** Drawn radius in pixels, for the focus ring. */
  radius: number;
  count: number;
  /** Gazetteer ids of the places it holds (several for a cluster). */
  places: string[];
  spread: Spread;
  /** The incident's id when the marker holds exactly one. */
  id: string;
}

/** What a map renderer offers to keyboard readers. */
export interface MarkerHost {
  /** Markers now drawn inside the visible map. */
  markers(): Promise<ScreenMarker[]>;
  /** Does what a click on the marker does. */
  activate(key: string): void;
  panBy(dx: number, dy: number): void;
  zoomBy(delta: number): void;
  /** Called after the view or the markers changed. */
  onChange(listener: () => void): () => void;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker an arrow key moves to: the nearest one in that direction,
 * preferring markers in line with the current one. Without a current marker,
 * the one nearest the middle of the map.
 */
export function step(
  markers: readonly ScreenMarker[],
  current: ScreenMarker | null,
  dir: Direction,
  centre: { x: number; y: number },
): ScreenMarker | null {
  if (markers.length === 0) return null;
  if (!current) return nearest(markers, centre);
  let best: ScreenMarker | null = null;
  let bestScore = Infinity;
  for (const m of markers) {
    if (m.key === current.key) continue;
    const dx = m.x - current.x;
    const dy = m.y - current.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best ?? current;
}

export function nearest(markers: readonly ScreenMarker[], at: { x: number; y: number }): ScreenMarker | null {
  let best: ScreenMarker | null = null;
  let bestD = Infinity;
  for (const m of markers) {
    const d = (m.x - at.x) ** 2 + (m.y - at.y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  return best;
}

/**
 * The announcement for a marker, e.g. "Almaty: 13 incidents". Names come
 * from the caller (in the interface language); a cluster names up to three
 * places and says how many more there are.
 */
export function describeMarker(
  m: ScreenMarker,
  placeName: (id: string) => string,
  text: {
    count: (n: number) => string;
    more: (n: number) => string;
    region: string;
  },
  title?: string,
): string {
  const names = [...new Set(m.places)].map(placeName).filter(Boolean);
  const shown = names.slice(0, 3).join(', ');
  const extra = names.length > 3 ? ` ${text.more(names.length - 3)}` : '';
  const where = m.spread === 'region' ? `${shown} (${text.region})` : `${shown}${extra}`;
  const what = m.count === 1 && title ? `${text.count(1)}, ${title}` : text.count(m.count);
  return `${where}: ${what}`;
}
