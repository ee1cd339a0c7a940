/**
 * The one interface every map renderer implements: MapLibre (WebGL2) and the
 * SVG map drawn without WebGL. The view mounts whichever the browser can run;
 * the store and the rest of the app never learn which one it is.
 *
 * Test hooks both renderers keep on the container: `data-renderer`,
 * `data-incident-count` (incidents handed to the map) and `data-selected-id`.
 */
import type { AppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { MapView } from '../../store/slices/map-view';
import type { UiLang } from '../../lib/langs';
import type { MarkerHost } from './marker-nav';

/** What failed, so the map's pane can say so in words. */
export type MapFailurePart = 'worker' | 'basemap' | 'style' | 'map';

export class MapFailure extends Error {
  constructor(
    readonly part: MapFailurePart,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'MapFailure';
  }
}

/** Sources of the basemap itself: without them the map has nothing to draw on. */
const BASEMAP_SOURCES = new Set(['countries', 'borders']);

/**
 * What a MapLibre error event means for the pane: the worker, the basemap or
 * the style failed (the map cannot go on), or null for a later error (a marker
 * image, a tile) that leaves a working map.
 */
export function classifyMapError(detail: string, sourceId: string | undefined, loaded: boolean): MapFailurePart | null {
  if (/worker/i.test(detail)) return 'worker';
  if (sourceId !== undefined && BASEMAP_SOURCES.has(sourceId)) return 'basemap';
  if (!loaded) return 'style';
  return null;
}

export interface MapRendererEvents {
  /** The basemap and the incidents are drawn. */
  onReady: () => void;
  /** The map cannot go on; the pane shows a message and offers a retry. */
  onError: (failure: MapFailure) => void;
}

export interface MapRenderer {
  readonly kind: 'webgl' | 'svg';
  /** Starts drawing into the container; may throw if the renderer cannot start at all. */
  mount(container: HTMLElement, store: AppStore, events: MapRendererEvents): void;
  destroy(): void;
  /** What keyboard navigation of the markers drives, for renderers whose markers are not DOM elements. */
  markerHost?(): MarkerHost | null;
}

let webgl2: boolean | undefined;

/** MapLibre GL JS 6 needs WebGL2; hardened browsers (Tor Browser among them) turn it off. Probed once per page. */
export function hasWebGL2(): boolean {
  webgl2 ??= probeWebGL2();
  return webgl2;
}

function probeWebGL2(): boolean {
  if (typeof window.WebGL2RenderingContext !== 'function') return false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Free the probe context at once: browsers cap how many a page may hold.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/** What a map follows in the store. */
export interface StoreFollower {
  /** The visible incidents changed. */
  data(): void;
  selection(): void;
  lang(lang: UiLang): void;
  /** A view set by anything but the map itself (a link, a fit, a story step): the reader's own moves are not echoed. */
  view(view: MapView): void;
}

/** A renderer tells the store how large its map is drawn, so the store can tell what is on screen. */
export function reportMapSize(store: AppStore, container: HTMLElement) {
  if (container.clientWidth > 0 && container.clientHeight > 0)
    store.getState().setMapSize({ width: container.clientWidth, height: container.clientHeight });
}

/** Both renderers follow the store through this, outside React render; returns the unsubscribers. */
export function followStore(store: AppStore, follower: StoreFollower): (() => void)[] {
  return [
    store.subscribe(selectView, () => follower.data()),
    store.subscribe(
      (s) => s.selectedId,
      () => follower.selection(),
    ),
    store.subscribe(
      (s) => s.lang,
      (lang) => follower.lang(lang),
    ),
    store.subscribe(
      (s) => s.mapView,
      (view) => {
        if (store.getState().mapViewOrigin !== 'map') follower.view(view);
      },
    ),
  ];
}
