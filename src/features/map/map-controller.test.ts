/**
 * The MapLibre controller against a fake map that behaves as MapLibre 6 does
 * where it matters here: `jumpTo` first ends a running move, and that move's
 * `moveend` fires synchronously, inside the call. The store decides where the
 * map looks; the controller only applies it and reports the reader's gestures.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { createAppStore, type AppStore } from '../../store';
import type { MapView } from '../../store/slices/map-view';

type Handler = (e: Record<string, unknown>) => void;

class FakeMap {
  center: [number, number];
  zoom: number;
  jumps: MapView[] = [];
  /** A reader's drag in progress: its end is delivered when something else moves the map. */
  dragging: Event | null = null;
  private handlers = new Map<string, Handler[]>();

  constructor(view: MapView) {
    this.center = view.center;
    this.zoom = view.zoom;
  }
  on(type: string, a: Handler | string, b?: Handler) {
    const fn = typeof a === 'function' ? a : b!;
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
    return this;
  }
  once(type: string, fn: Handler) {
    return this.on(type, fn);
  }
  off() {
    return this;
  }
  triggerRepaint() {}
  fire(type: string, e: Record<string, unknown> = {}) {
    for (const fn of this.handlers.get(type) ?? []) fn(e);
  }
  jumpTo(o: { center: [number, number]; zoom: number }) {
    if (this.dragging) {
      const originalEvent = this.dragging;
      this.dragging = null;
      this.fire('moveend', { originalEvent });
    }
    this.center = o.center;
    this.zoom = o.zoom;
    this.jumps.push({ center: o.center, zoom: o.zoom });
    this.fire('moveend', {});
  }
  /** The reader drags the map to here and lets go. */
  drag(center: [number, number]) {
    this.center = center;
    this.fire('moveend', { originalEvent: new Event('mouseup') });
  }
  getCenter() {
    return { lng: this.center[0], lat: this.center[1] };
  }
  getZoom() {
    return this.zoom;
  }
  resize() {}
  remove() {}
}

let fake: FakeMap;
vi.mock('./maplibre-map', () => ({
  createMapLibre: (_: unknown, view: MapView) => (fake = new FakeMap(view)),
  MapTooltip: class {
    show() {}
    hide() {}
  },
}));

const { MapController } = await import('./map-controller');

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const ALMATY = { center: [76.89, 43.24] as [number, number], zoom: 8 };
const ZHANAOZEN = { center: [52.8, 43.34] as [number, number], zoom: 8 };

let store: AppStore;
let controller: InstanceType<typeof MapController>;

beforeEach(() => {
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly cb: () => void) {}
      observe() {
        this.cb();
      }
      disconnect() {}
    },
  );
  store = createAppStore();
  store.getState().setData(ix);
  store.getState().setMapView(ALMATY, 'app');
  const container = { clientWidth: 800, clientHeight: 600, dispatchEvent: () => true } as unknown as HTMLElement;
  controller = new MapController(container, store);
});

afterEach(() => {
  controller.destroy();
  vi.unstubAllGlobals();
});

describe('the MapLibre controller follows the store', () => {
  it('reports how large the map is drawn', () => {
    expect(store.getState().mapSize).toEqual({ width: 800, height: 600 });
  });

  it('applies a view the store sets, and the move it interrupts writes nothing back', () => {
    fake.dragging = new Event('mousemove');
    store.getState().setMapView(ZHANAOZEN, 'app');
    expect(fake.jumps).toEqual([ZHANAOZEN]);
    // The interrupted drag ended inside the store's notification: the store keeps the view it set.
    expect(store.getState().mapView).toEqual(ZHANAOZEN);
    expect(store.getState().mapViewOrigin).toBe('app');
  });

  it('writes the reader’s own drag to the store, and does not echo it back into the map', () => {
    fake.drag([70, 45]);
    expect(store.getState().mapView).toEqual({ center: [70, 45], zoom: 8 });
    expect(store.getState().mapViewOrigin).toBe('map');
    expect(fake.jumps).toEqual([]);
  });

  it('moves to an incident selected off screen only through the store', () => {
    store.getState().setMapView(ZHANAOZEN, 'map');
    store.getState().select('almaty-shutdown-2022', 'list');
    expect(store.getState().mapView).toEqual(ALMATY);
    expect(fake.jumps).toEqual([ALMATY]);
  });

  it('pans and zooms for the keyboard by writing the store first', () => {
    controller.zoomBy(1);
    expect(store.getState().mapView).toEqual({ center: ALMATY.center, zoom: 9 });
    expect(fake.jumps.at(-1)).toEqual({ center: ALMATY.center, zoom: 9 });
    controller.panBy(0, 0);
    expect(fake.jumps.at(-1)).toEqual(store.getState().mapView);
  });
});
