/**
 * Adapts the MapLibre controller to the map-renderer interface and turns
 * MapLibre's own failures into pane messages: its `error` events (style,
 * basemap sources) and a worker that never starts, which MapLibre itself
 * does not report.
 */
import type { ErrorEvent as MapErrorEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { AppStore } from '../../store';
import { MapController } from './map-controller';
import { classifyMapError, MapFailure, type MapRenderer, type MapRendererEvents } from './map-renderer';

/** How long the map may take to load its style and basemap before the worker is checked. */
const WORKER_CHECK_MS = 8000;

export class MapLibreRenderer implements MapRenderer {
  readonly kind = 'webgl';
  private controller: MapController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failed = false;

  /** Throws when MapLibre cannot start (no WebGL2: GPUInitializationError); the view then falls back. */
  mount(container: HTMLElement, store: AppStore, events: MapRendererEvents) {
    const controller = new MapController(container, store, { onReady: events.onReady });
    this.controller = controller;
    container.dataset['renderer'] = this.kind;
    const fail = (failure: MapFailure) => {
      if (this.failed) return;
      this.failed = true;
      clearTimeout(this.timer);
      events.onError(failure);
    };
    let loaded = false;
    controller.map.on('error', (e: MapErrorEvent & { sourceId?: string }) => {
      const detail = e.error?.message ?? 'unknown error';
      const part = classifyMapError(detail, e.sourceId, loaded);
      if (part) fail(new MapFailure(part, detail));
      // Later errors (a marker image, a tile) leave a working map: keep them visible to developers only.
      else console.warn('map:', detail);
    });
    controller.map.once('load', () => {
      loaded = true;
      clearTimeout(this.timer);
    });
    // A worker script that fails to load leaves MapLibre waiting forever without an event.
    this.timer = setTimeout(() => {
      void fetch(workerUrl, { method: 'HEAD', credentials: 'omit', referrerPolicy: 'no-referrer' }).then(
        (r) => {
          if (!r.ok) fail(new MapFailure('worker', `HTTP ${r.status}`));
        },
        () => fail(new MapFailure('worker', 'network error')),
      );
    }, WORKER_CHECK_MS);
  }

  markerHost() {
    return this.controller;
  }

  destroy() {
    clearTimeout(this.timer);
    this.controller?.destroy();
    this.controller = null;
  }
}
