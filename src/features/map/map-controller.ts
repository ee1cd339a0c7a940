/**
 * Owns the MapLibre map. It subscribes to the store outside React render,
 * pushes visible incidents and selection into the map, and reports user
 * pans, zooms and clicks back to the store. View changes are tagged with
 * their origin so a pan by the reader is never echoed back into the map.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { basemapStyle, labelText } from './basemap/style';
import { caseThread, incidentsInGroups, placeFeatures, totalOnMap } from './incident-features';
import { incidentLayers, INCIDENT_LAYER_IDS } from './incident-layers';
import { buildChooser, buildGroupTooltip, buildTooltip } from './map-popups';
import i18n from '../../lib/i18n';
import type { UiLang } from '../../lib/langs';
import { round } from '../../lib/numbers';

// MapLibre locates its worker through import.meta.url, which bundling breaks;
// serve it as a same-origin file instead (no blob: worker, CSP-friendly).
maplibregl.setWorkerUrl(workerUrl);

const CLUSTER_MAX_ZOOM = 11;

export interface MapControllerOptions {
  /** Called when the map has drawn its first complete frame. */
  onReady?: () => void;
}

export class MapController {
  readonly map: maplibregl.Map;
  private readonly unsubscribers: (() => void)[] = [];
  private tooltip: maplibregl.Popup | null = null;
  private chooser: maplibregl.Popup | null = null;
  private loaded = false;
  /** The basemap draws while the dataset downloads; "ready" waits for the incidents too. */
  private onReady: (() => void) | undefined;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    container: HTMLElement,
    private readonly store: AppStore,
    options: MapControllerOptions = {},
  ) {
    const { mapView } = store.getState();
    this.onReady = options.onReady;
    this.map = new maplibregl.Map({
      container,
      // A remote basemap is an explicit, build-time opt-in (see README: it tells the tile host who looks where).
      style: import.meta.env['VITE_REMOTE_BASEMAP_STYLE'] || basemapStyle(document.baseURI, store.getState().lang),
      center: mapView.center,
      zoom: mapView.zoom,
      minZoom: 1,
      maxZoom: 14,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      // Keyboard panning stays on; the canvas gets a label below.
      keyboard: true,
      dragRotate: false,
      pitchWithRotate: false,
      // Keep the drawing buffer so tests and screenshots can read pixels.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.labelCanvas(store.getState().lang);

    // The map's pane can be hidden and shown (phone tabs) or resized; keep the canvas in step.
    this.resizeObserver = new ResizeObserver(() => {
      if (container.clientWidth > 0 && container.clientHeight > 0) this.map.resize();
    });
    this.resizeObserver.observe(container);

    this.map.on('load', () => {
      this.addIncidentLayers();
      this.loaded = true;
      this.syncData();
      this.syncSelection(false);
    });
    this.map.on('moveend', (e) => {
      // Only moves the reader made are written back to the store.
      if (!('originalEvent' in e) || !e.originalEvent) return;
      this.reportView();
    });

    this.unsubscribers.push(
      store.subscribe(
        (s) => selectView(s),
        () => this.syncData(),
      ),
      store.subscribe(
        (s) => s.selectedId,
        () => this.syncSelection(true),
      ),
      store.subscribe(
        (s) => s.lang,
        (lang) => {
          this.labelCanvas(lang);
          if (!this.loaded) return;
          for (const layer of ['country-labels', 'city-labels']) {
            if (this.map.getLayer(layer)) this.map.setLayoutProperty(layer, 'text-field', labelText(lang));
          }
        },
      ),
      store.subscribe(
        (s) => s.mapView,
        (view) => {
          if (store.getState().mapViewOrigin === 'map') return;
          this.map.jumpTo({ center: view.center, zoom: view.zoom });
        },
      ),
    );
  }

  /** Writes the map's current view to the store, tagged as coming from the map. */
  private reportView() {
    const c = this.map.getCenter();
    this.store
      .getState()
      .setMapView({ center: [round(c.lng, 4), round(c.lat, 4)], zoom: round(this.map.getZoom(), 2) }, 'map');
  }

  private addIncidentLayers() {
    this.map.addSource('incidents', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterRadius: 38,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterProperties: { total: ['+', ['get', 'count']] },
    });
    this.map.addSource('selected', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    this.map.addSource('case-thread', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    this.map.addLayer({
      id: 'case-thread',
      type: 'line',
      source: 'case-thread',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#b7791f', 'line-width': 3, 'line-dasharray': [2, 1.5], 'line-opacity': 0.9 },
    });
    for (const layer of incidentLayers()) this.map.addLayer(layer);

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
    const features = placeFeatures(state.data, view.visible);
    source.setData(features);
    const onReady = this.onReady;
    if (onReady) {
      this.onReady = undefined;
      this.map.once('idle', onReady);
    }
    // Exposed for the list/timeline/map agreement check.
    this.map.getContainer().dataset['incidentCount'] = String(totalOnMap(features));
    this.chooser?.remove();
  }

  private syncSelection(move: boolean) {
    if (!this.loaded) return;
    const { data, selectedId, selectionOrigin } = this.store.getState();
    const source = this.map.getSource<GeoJSONSource>('selected');
    if (!source || !data) return;
    const i = selectedId === null ? undefined : data.idToIndex.get(selectedId);
    const features = placeFeatures(data, i === undefined ? [] : [i]);
    source.setData(features);
    const thread = caseThread(data, selectedId);
    this.map.getSource<GeoJSONSource>('case-thread')?.setData(thread);
    this.map.getContainer().dataset['caseThreadPoints'] = String(thread.features[0]?.geometry.coordinates.length ?? 0);
    const f = features.features[0];
    this.map.getContainer().dataset['selectedId'] = f ? f.properties.id : '';
    if (!move || !f || selectionOrigin === 'map') return;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const bounds = this.map.getBounds();
    if (!bounds.contains([lon, lat])) {
      this.map.easeTo({ center: [lon, lat], duration: 400 });
      this.map.once('moveend', () => this.reportView());
    }
  }

  private async onClusterClick(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const feature = e.features?.[0];
    const source = this.map.getSource<GeoJSONSource>('incidents');
    if (!feature || !source) return;
    const clusterId = feature.properties['cluster_id'] as number;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    const center = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
    if (zoom <= CLUSTER_MAX_ZOOM) {
      this.map.easeTo({ center, zoom, duration: 400 });
      this.map.once('moveend', () => this.reportView());
      return;
    }
    // Incidents at the same place never separate by zooming: offer a chooser.
    const leaves = await source.getClusterLeaves(clusterId, 1000, 0);
    this.openChooser(center, new Set(leaves.map((l) => Number(l.properties?.['key']))));
  }

  private onPointClick(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const hits = e.features ?? [];
    const first = hits[0];
    if (!first) return;
    if (hits.length === 1 && Number(first.properties['count']) === 1) {
      this.store.getState().select(String(first.properties['id']), 'map');
      return;
    }
    this.openChooser([e.lngLat.lng, e.lngLat.lat], new Set(hits.map((f) => Number(f.properties['key']))));
  }

  private openChooser(at: [number, number], keys: Set<number>) {
    const state = this.store.getState();
    const view = selectView(state);
    if (!state.data || !view) return;
    this.chooser?.remove();
    this.hideTooltip();
    const indices = incidentsInGroups(state.data, view.visible, keys);
    const content = buildChooser(state.data, indices, state.lang, (id) => {
      this.chooser?.remove();
      this.store.getState().select(id, 'map');
    });
    this.chooser = new maplibregl.Popup({ closeButton: true, maxWidth: '340px', className: 'map-chooser' })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(this.map);
    content.querySelector('button')?.focus();
  }

  private labelCanvas(lang: UiLang) {
    this.map.getCanvas().setAttribute('aria-label', i18n.getFixedT(lang)('map.canvasLabel'));
  }

  private onPointHover(e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) {
    const { data, lang } = this.store.getState();
    const f = e.features?.[0];
    if (!data || !f) return;
    const count = Number(f.properties['count']);
    const content =
      count === 1
        ? buildTooltip(data, Number(f.properties['i']), lang)
        : buildGroupTooltip(data, String(f.properties['place']), count, lang);
    this.tooltip ??= new maplibregl.Popup({
      closeButton: false,
      closeOnClick: false,
      className: 'map-tooltip',
      offset: 12,
    });
    this.tooltip.setLngLat(e.lngLat).setDOMContent(content).addTo(this.map);
  }

  private hideTooltip() {
    this.tooltip?.remove();
  }

  destroy() {
    for (const u of this.unsubscribers) u();
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}
