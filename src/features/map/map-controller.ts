/**
 * Owns the MapLibre map. It subscribes to the store outside React render,
 * pushes visible incidents, selection and the store's view into the map, and
 * reports the reader's own pans, zooms and clicks back to the store. Where
 * the map looks is decided in the store (store/camera.ts): moves the app
 * makes (a cluster's zoom, the keyboard, revealing a selection) are written
 * to the store first and applied from there, so the map never writes a view
 * from inside a store notification.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { DataIndex } from '../../data/data-index';
import type { AppStore } from '../../store';
import { round } from '../../lib/numbers';
import { selectView } from '../../store/selectors';
import { REGION_ANCHORS } from '../../data/basemap/regions';
import { addDetailLayers, setLabelLanguage, setMarkedRegions, setSites } from './basemap/detail-layers';
import { caseThread, placeFeatures } from './incident-features';
import { addIncidentSources, INCIDENT_LAYER_IDS } from './incident-layers';
import { clusterAction, mapGroups, siteFeatures, splitByPrecision } from './map-groups';
import { pointTooltip } from './map-popups';
import { createMapLibre, MapTooltip } from './maplibre-map';
import type { MarkerHost, ScreenMarker } from './marker-nav';
import { followStore, reportMapSize } from './map-renderer';
import { centreOn, MAP_ZOOM, panView, zoomView } from '../../store/camera';
import { screenMarkers } from './screen-markers';
import { LayerStages } from './layer-stages';
import { addStandIns, firstDrawSteps } from './first-draws';

/** The basemap has nothing more to show beyond this zoom. */
const MAX_ZOOM = MAP_ZOOM.max;
/** Below the highest zoom, so every place stands alone at it. */
const CLUSTER_MAX_ZOOM = MAX_ZOOM - 1;
/** Up to this many incidents, arrived before the basemap's first frame, the map draws every layer kind at once. */
const DRAW_AT_ONCE_LIMIT = 20_000;
/** When the dataset has not made the map ready by then, the basemap detail comes anyway. */
const DETAIL_FALLBACK_MS = 30_000;

export interface MapControllerOptions {
  /** Called when the map has drawn its first complete frame. */
  onReady?: () => void;
}

export class MapController implements MarkerHost {
  readonly map: MapLibreMap;
  private readonly unsubscribers: (() => void)[] = [];
  private readonly changeListeners = new Set<() => void>();
  private loaded = false;
  /** The dataset whose sites the map shows. */
  private sitesOf: DataIndex | null = null;
  private markedRegions: string[] = [];
  private detailAdded = false;
  private detailTimer: number | undefined;
  /** The basemap draws while the dataset downloads; "ready" waits for the incidents too. */
  private onReady: (() => void) | undefined;
  private readonly resizeObserver: ResizeObserver;
  private readonly tooltip: MapTooltip;
  /** Shows the layers one kind a frame at first; "ready" waits for the last. */
  private readonly stages: LayerStages;
  /** True while the store's view is being applied: the moves that causes are not the reader's. */
  private applying = false;

  constructor(
    container: HTMLElement,
    private readonly store: AppStore,
    options: MapControllerOptions = {},
  ) {
    const { mapView } = store.getState();
    this.onReady = options.onReady;
    this.map = createMapLibre(container, mapView, store.getState().lang, MAX_ZOOM);
    this.tooltip = new MapTooltip(this.map);
    // A step counts as drawn once every source is laid out: steps also wait while new incidents are.
    this.stages = new LayerStages(this.map, () => this.map.loaded());
    // Lets tests reach the map's own query API without the app exposing a global.
    container.dispatchEvent(new CustomEvent('incident-map', { detail: this.map, bubbles: true }));

    // The map's pane can be hidden and shown (phone tabs) or resized; keep the canvas in step.
    this.resizeObserver = new ResizeObserver(() => {
      if (container.clientWidth > 0 && container.clientHeight > 0) this.map.resize();
      reportMapSize(store, container);
    });
    this.resizeObserver.observe(container);

    let standIns = false;
    this.map.once('style.load', () => {
      // Added before the first frame, transparent, so they are laid out by their turn (first-draws.ts).
      this.addIncidentLayers();
      standIns = addStandIns(this.map, store.getState().lang);
    });
    this.map.on('load', () => {
      // The basemap has drawn its first frame, with or without a dataset yet (the benchmark's first useful frame).
      container.dataset['basemap'] = 'drawn';
      const steps = firstDrawSteps(this.map, store.getState().lang, standIns);
      // Frames cost most while the data worker or the first render of a large dataset shares the processor with
      // them: a smaller dataset already here is drawn sooner in one frame than one kind a frame.
      const data = store.getState().data;
      if (data && data.n <= DRAW_AT_ONCE_LIMIT) for (const step of steps) step();
      else this.stages.add(...steps);
      // Without a dataset the map never gets ready; the detail still comes.
      this.detailTimer = window.setTimeout(() => this.addDetail(), DETAIL_FALLBACK_MS);
      this.loaded = true;
      // The language may have arrived with the link while the style loaded.
      setLabelLanguage(this.map, store.getState().lang);
      this.syncData();
      this.syncSelection();
    });
    this.map.on('moveend', () => this.notify());
    this.map.on('moveend', (e) => {
      // Only moves the reader made are written back to the store; a move the store's view interrupted is not one.
      if (this.applying || !('originalEvent' in e) || !e.originalEvent) return;
      this.reportView();
    });

    this.unsubscribers.push(
      ...followStore(store, {
        data: () => this.syncData(),
        selection: () => this.syncSelection(),
        lang: (lang) => {
          if (this.loaded) setLabelLanguage(this.map, lang);
        },
        view: (view) => {
          this.applying = true;
          try {
            this.map.jumpTo({ center: view.center, zoom: view.zoom });
          } finally {
            this.applying = false;
          }
        },
      }),
    );
  }

  /**
   * Adds the basemap's detail once the map is ready, so the detail file never
   * delays the first complete frame; records how long it took to draw.
   */
  private addDetail() {
    window.clearTimeout(this.detailTimer);
    if (this.detailAdded) return;
    this.detailAdded = true;
    const started = performance.now();
    addDetailLayers(this.map, document.baseURI, this.store.getState().lang);
    setMarkedRegions(this.map, this.markedRegions);
    this.map.once('idle', () => {
      this.map.getContainer().dataset['basemapMs'] = String(Math.round(performance.now() - started));
      this.notify();
    });
    if (this.sitesOf) setSites(this.map, siteFeatures(this.sitesOf.dataset.places.values()));
  }

  /** Writes the map's current view to the store, tagged as coming from the map. */
  private reportView() {
    const c = this.map.getCenter();
    this.store
      .getState()
      .setMapView({ center: [round(c.lng, 4), round(c.lat, 4)], zoom: round(this.map.getZoom(), 2) }, 'map');
  }

  private addIncidentLayers() {
    addIncidentSources(this.map, this.store.getState().lang, CLUSTER_MAX_ZOOM);

    this.map.on('click', INCIDENT_LAYER_IDS.clusters, (e) => void this.onClusterClick(e));
    this.map.on('click', INCIDENT_LAYER_IDS.points, (e) => this.onPointClick(e));
    for (const id of [INCIDENT_LAYER_IDS.points, INCIDENT_LAYER_IDS.clusters]) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => {
        this.map.getCanvas().style.cursor = '';
        this.hideTooltip();
      });
    }
    this.map.on('mousemove', INCIDENT_LAYER_IDS.points, (e) => this.onPointHover(e));
  }

  private syncData() {
    if (!this.loaded) return;
    const state = this.store.getState();
    const view = selectView(state);
    const source = this.map.getSource<GeoJSONSource>('incidents');
    if (!view || !state.data || !source) return;
    const groups = mapGroups(state.data, view.visible);
    source.setData(groups.mapped);
    this.markedRegions = groups.markedRegions;
    setMarkedRegions(this.map, groups.markedRegions);
    if (this.sitesOf !== state.data) {
      this.sitesOf = state.data;
      setSites(this.map, siteFeatures(state.data.dataset.places.values()));
    }
    const onReady = this.onReady;
    if (onReady) {
      this.onReady = undefined;
      this.stages.whenDone(() => {
        this.map.once('idle', () => {
          onReady();
          this.addDetail();
        });
        // The last step may have been drawn before this: one more frame tells when all is drawn.
        this.map.triggerRepaint();
      });
    }
    // Exposed for the list/timeline/map agreement check; the nationwide control counts as on the map.
    this.map.getContainer().dataset['incidentCount'] = String(groups.total);
    this.map.once('idle', () => this.notify());
  }

  private syncSelection() {
    if (!this.loaded) return;
    const { data, selectedId } = this.store.getState();
    const source = this.map.getSource<GeoJSONSource>('selected');
    if (!source || !data) return;
    const i = selectedId === null ? undefined : data.idToIndex.get(selectedId);
    // Country-level incidents are marked by the nationwide control, not a point in the middle of the country.
    const features = splitByPrecision(placeFeatures(data, i === undefined ? [] : [i], REGION_ANCHORS)).mapped;
    source.setData(features);
    const thread = caseThread(data, selectedId);
    this.map.getSource<GeoJSONSource>('case-thread')?.setData(thread);
    this.map.getContainer().dataset['caseThreadPoints'] = String(thread.features[0]?.geometry.coordinates.length ?? 0);
    const f = features.features[0];
    this.map.getContainer().dataset['selectedId'] = f ? f.properties.id : '';
  }

  private async onClusterClick(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const feature = e.features?.[0];
    if (feature) await this.openCluster(feature.properties['cluster_id'] as number);
  }

  /** Zooms into a cluster while that separates its places; incidents at one place get the chooser. */
  private async openCluster(clusterId: number) {
    const source = this.map.getSource<GeoJSONSource>('incidents');
    if (!source) return;
    const [zoom, leaves] = await Promise.all([
      source.getClusterExpansionZoom(clusterId),
      source.getClusterLeaves(clusterId, Infinity, 0),
    ]);
    const positions = leaves.map((l) => (l.geometry as GeoJSON.Point).coordinates.join(','));
    if (clusterAction(positions, zoom, MAX_ZOOM) === 'chooser') {
      this.openChooser(leaves.map((l) => Number(l.properties?.['key'])));
      return;
    }
    const center = (leaves[0]?.geometry as GeoJSON.Point | undefined)?.coordinates as [number, number] | undefined;
    const at = this.clusterCentre(clusterId) ?? center;
    if (!at) return;
    this.store.getState().setMapView(centreOn(at, zoom), 'reader');
  }

  private clusterCentre(clusterId: number): [number, number] | undefined {
    const hit = this.map
      .queryRenderedFeatures({ layers: [INCIDENT_LAYER_IDS.clusters] })
      .find((f) => f.properties['cluster_id'] === clusterId);
    return hit ? ((hit.geometry as GeoJSON.Point).coordinates as [number, number]) : undefined;
  }

  private onPointClick(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const hits = e.features ?? [];
    const first = hits[0];
    if (!first) return;
    if (hits.length === 1 && Number(first.properties['count']) === 1) {
      this.store.getState().select(String(first.properties['id']), 'map');
      return;
    }
    this.openChooser(hits.map((f) => Number(f.properties['key'])));
  }

  private openChooser(keys: number[]) {
    this.hideTooltip();
    this.store.getState().openMapChooser({ kind: 'place', keys: [...new Set(keys)] });
  }

  // ---- MarkerHost: keyboard reading of the map ----

  markers(): Promise<ScreenMarker[]> {
    return screenMarkers(this.map, this.map.getSource<GeoJSONSource>('incidents'));
  }

  activate(key: string) {
    const [kind, value] = key.split(':');
    if (kind === 'c') {
      void this.openCluster(Number(value));
      return;
    }
    const groupKey = Number(value);
    const hit = this.map
      .queryRenderedFeatures({ layers: [INCIDENT_LAYER_IDS.points] })
      .find((f) => f.properties['key'] === groupKey);
    if (!hit) return;
    if (Number(hit.properties['count']) === 1) this.store.getState().select(String(hit.properties['id']), 'map');
    else this.openChooser([groupKey]);
  }

  panBy(dx: number, dy: number) {
    const { mapView, setMapView } = this.store.getState();
    setMapView(panView(mapView, dx, dy), 'reader');
  }

  zoomBy(delta: number) {
    const { mapView, setMapView } = this.store.getState();
    setMapView(zoomView(mapView, delta), 'reader');
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private notify() {
    for (const l of this.changeListeners) l();
  }

  private onPointHover(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const { data, lang } = this.store.getState();
    const f = e.features?.[0];
    if (data && f)
      this.tooltip.show(
        e.lngLat,
        pointTooltip(data, f.properties as { count: unknown; i: unknown; place: unknown }, lang),
      );
  }

  private hideTooltip() {
    this.tooltip.hide();
  }

  destroy() {
    for (const u of this.unsubscribers) u();
    this.stages.destroy();
    this.changeListeners.clear();
    window.clearTimeout(this.detailTimer);
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}
