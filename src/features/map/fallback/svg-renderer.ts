/**
 * The map for browsers without WebGL2 (Tor Browser, hardened or remote
 * desktops): SVG from the same basemap files and the same incident groups as
 * the WebGL map, with d3-zoom for pan and zoom. It follows the store like the
 * MapLibre controller does: it subscribes outside React render, reports the
 * reader's own moves back tagged 'map', and never echoes them.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AppStore } from '../../../store';
import { selectView } from '../../../store/selectors';
import type { DataIndex } from '../../../data/data-index';
import i18n from '../../../lib/i18n';
import { caseThread, placeFeatures } from '../incident-features';
import { mapGroups } from '../map-groups';
import { followStore, MapFailure, reportMapSize, type MapRenderer, type MapRendererEvents } from '../map-renderer';
import {
  fitTransform,
  markersFor,
  MAX_ZOOM,
  MIN_ZOOM,
  project,
  transformToView,
  viewToTransform,
  type Size,
} from './geometry';
import { basemapPaths, caseThreadPath, svgEl } from './svg-layers';
import { detailLabelSpecs, detailShapes, type DetailShapes } from './svg-detail';
import { LabelLayer, siteSpecs } from './svg-labels';
import { MarkerLayer } from './svg-markers';
import { FallbackChrome } from './fallback-chrome';

export class SvgRenderer implements MapRenderer {
  readonly kind = 'svg';
  private container!: HTMLElement;
  private store!: AppStore;
  private events!: MapRendererEvents;
  private svg!: SVGSVGElement;
  private sel!: Selection<SVGSVGElement, unknown, null, undefined>;
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private chrome!: FallbackChrome;
  private markers!: MarkerLayer;
  private readonly layers = {
    basemap: svgEl('g', { class: 'fallback-basemap' }),
    thread: svgEl('path', { class: 'fallback-thread' }),
    labels: svgEl('g', { class: 'fallback-labels', 'aria-hidden': 'true' }),
    markers: svgEl('g', { class: 'fallback-markers' }),
    selected: svgEl('g', { class: 'fallback-selected', 'aria-hidden': 'true' }),
  };
  private readonly labels = new LabelLayer(this.layers.labels);
  private detail: DetailShapes | null = null;
  /** The dataset whose sites are named. */
  private sitesOf: DataIndex | null = null;
  private transform: ZoomTransform = zoomIdentity;
  private basemapReady = false;
  private readyReported = false;
  private readonly unsubscribers: (() => void)[] = [];
  private readonly abort = new AbortController();
  private resizeObserver: ResizeObserver | null = null;
  /** Zoom buttons count as the reader's own move. */
  private userZoom = false;
  private selected: [number, number] | null = null;
  private labelBox: Size = [1, 1];

  mount(container: HTMLElement, store: AppStore, events: MapRendererEvents) {
    this.container = container;
    this.store = store;
    this.events = events;
    container.dataset['renderer'] = this.kind;
    const root = document.createElement('div');
    root.className = 'fallback-map';
    this.svg = svgEl('svg', { class: 'fallback-svg', role: 'group' });
    this.svg.append(
      svgEl('rect', { class: 'fallback-water', width: '100%', height: '100%' }),
      this.layers.basemap,
      this.layers.labels,
      this.layers.markers,
      this.layers.selected,
    );
    this.chrome = new FallbackChrome(root, {
      zoomBy: (f) => {
        this.userZoom = true;
        this.zoomer.scaleBy(this.sel, f);
      },
      fit: () => this.fit(),
    });
    this.chrome.stage.prepend(this.svg);
    container.append(root);
    this.markers = new MarkerLayer(this.layers.markers, store, this.chrome, () => this.transform);

    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([2 ** MIN_ZOOM, 2 ** MAX_ZOOM])
      .extent(() => [[0, 0], this.size()])
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => this.apply(e.transform))
      .on('end', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Only moves the reader made (drag, wheel, buttons) are written back to the store.
        if (e.sourceEvent || this.userZoom) this.report();
        this.userZoom = false;
      });
    this.sel = select(this.svg).call(this.zoomer);
    this.jumpTo(viewToTransform(store.getState().mapView, this.size()));

    // The stage, not the container: hiding the notice under the map makes the map taller.
    this.resizeObserver = new ResizeObserver(() => {
      if (this.hasSize()) this.jumpTo(viewToTransform(this.store.getState().mapView, this.size()));
      reportMapSize(this.store, this.chrome.stage);
    });
    this.resizeObserver.observe(this.chrome.stage);

    this.unsubscribers.push(
      ...followStore(store, {
        data: () => this.syncData(),
        selection: () => this.syncSelection(),
        lang: () => this.relabel(),
        view: (view) => this.jumpTo(viewToTransform(view, this.size())),
      }),
    );
    this.relabel();
    void this.loadBasemap();
  }

  /** The drawing area: the stage above the notice. */
  private size(): Size {
    this.labelBox = [this.chrome.stage.clientWidth || 1, this.chrome.stage.clientHeight || 1];
    return this.labelBox;
  }

  private hasSize() {
    return this.chrome.stage.clientWidth > 0 && this.chrome.stage.clientHeight > 0;
  }

  private async get(file: string): Promise<unknown> {
    const url = new URL(`basemap/${file}`, document.baseURI);
    const r = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: this.abort.signal });
    if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
    return (await r.json()) as unknown;
  }

  private async loadBasemap() {
    try {
      const [countries, borders] = await Promise.all([this.get('countries.json'), this.get('borders.json')]);
      this.layers.basemap.replaceChildren(
        ...basemapPaths(countries as FeatureCollection<Geometry, { name?: string }>, borders),
        this.layers.thread,
      );
      this.basemapReady = true;
      this.syncData();
      this.syncSelection();
    } catch (e) {
      if (this.abort.signal.aborted) return;
      this.events.onError(new MapFailure('basemap', e instanceof Error ? e.message : String(e)));
      return;
    }
    void this.loadDetail();
  }

  /**
   * Towns, waters and built-up areas, as the WebGL map adds them after its
   * first frame. Without them the map still works, so a failure only says so.
   */
  private async loadDetail() {
    try {
      const file = await this.get('detail.json');
      this.detail = detailShapes(file);
      // Under the borders and the case thread, over the land.
      (this.layers.basemap.querySelector('.fallback-borders') ?? this.layers.thread).before(this.detail.group);
      this.labels.setDetail(detailLabelSpecs(file));
      this.apply(this.transform);
    } catch (e) {
      if (!this.abort.signal.aborted) console.warn('The map drawn without WebGL has no town names:', e);
    }
  }

  private jumpTo(t: ZoomTransform) {
    if (!this.hasSize()) return;
    this.zoomer.transform(this.sel, t);
  }

  private apply(t: ZoomTransform) {
    this.transform = t;
    const zoomLevel = Math.log2(t.k);
    this.layers.basemap.setAttribute('transform', t.toString());
    this.detail?.zoomTo(zoomLevel);
    this.markers.draw(t);
    this.drawLabels();
    this.positionSelection();
    this.chrome.setZoomLimits(zoomLevel <= MIN_ZOOM + 0.01, zoomLevel >= MAX_ZOOM - 0.01);
    this.chrome.hideTooltip();
  }

  private drawLabels() {
    // The stage as last measured (zoom start, resize): measuring here, after the markers moved, would force a layout.
    const [width, height] = this.labelBox;
    this.labels.setMarkers(this.markers.current());
    this.labels.draw({
      zoom: Math.log2(this.transform.k),
      lang: this.store.getState().lang,
      width,
      height,
      toScreen: (p) => this.transform.apply(p),
      markers: this.markers.circles(this.transform),
    });
  }

  private report() {
    this.store.getState().setMapView(transformToView(this.transform, this.size()), 'map');
  }

  /** Fits the view to the incidents the filters leave, when the reader asks for it with the fit button. */
  private fit() {
    const state = this.store.getState();
    const view = selectView(state);
    if (!state.data || !view) return;
    const points = markersFor(state.data, view.visible).map((m) => m.lonLat);
    const t = fitTransform(points, this.size());
    if (!t) return;
    this.jumpTo(t);
    this.report();
  }

  private syncData() {
    const state = this.store.getState();
    const view = selectView(state);
    if (!this.basemapReady || !state.data || !view) return;
    if (this.sitesOf !== state.data) {
      this.sitesOf = state.data;
      this.labels.setSites(siteSpecs(state.data.dataset.places.values()));
    }
    this.markers.setMarkers(markersFor(state.data, view.visible));
    this.drawLabels();
    // Exposed for the list/timeline/map agreement check, as the WebGL map does.
    this.container.dataset['incidentCount'] = String(mapGroups(state.data, view.visible).total);
    this.chrome.hideTooltip();
    if (!this.readyReported) {
      this.readyReported = true;
      this.events.onReady();
    }
  }

  private syncSelection() {
    const { data, selectedId } = this.store.getState();
    if (!data || !this.basemapReady) return;
    const i = selectedId === null ? undefined : data.idToIndex.get(selectedId);
    const f = placeFeatures(data, i === undefined ? [] : [i]).features[0];
    this.selected = f ? (f.geometry.coordinates as [number, number]) : null;
    this.container.dataset['selectedId'] = f ? f.properties.id : '';
    this.layers.thread.setAttribute('d', caseThreadPath(caseThread(data, selectedId)));
    this.markers.setSelected(selectedId);
    this.positionSelection();
  }

  private positionSelection() {
    if (!this.selected) {
      this.layers.selected.replaceChildren();
      return;
    }
    const [x, y] = this.transform.apply(project(this.selected));
    this.layers.selected.replaceChildren(svgEl('circle', { cx: x, cy: y, r: 14, class: 'fallback-selected-ring' }));
  }

  private relabel() {
    const t = i18n.getFixedT(this.store.getState().lang);
    this.svg.setAttribute('aria-label', t('map.fallback.label'));
    this.chrome.relabel(t);
    this.markers.relabel();
    this.drawLabels();
  }

  destroy() {
    this.abort.abort();
    for (const u of this.unsubscribers) u();
    this.resizeObserver?.disconnect();
    this.sel?.on('.zoom', null);
    this.container.replaceChildren();
  }
}
