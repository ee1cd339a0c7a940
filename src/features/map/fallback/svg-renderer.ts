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
import { CATEGORY_IDS } from '../../../data/vocabulary';
import i18n from '../../../lib/i18n';
import { formatIncidentDate } from '../../../lib/format';
import { pick, placeName } from '../../../data/localized';
import { caseThread, placeFeatures } from '../incident-features';
import { pointTooltip } from '../map-popups';
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
  type Marker,
  type Size,
} from './geometry';
import { basemapPaths, buildMarker, caseThreadPath, drawLabels, placeMarker, svgEl } from './svg-layers';
import { FallbackChrome } from './fallback-chrome';
import { bindMarkerEvents, type Drawn } from './marker-events';

export class SvgRenderer implements MapRenderer {
  readonly kind = 'svg';
  private container!: HTMLElement;
  private store!: AppStore;
  private events!: MapRendererEvents;
  private svg!: SVGSVGElement;
  private sel!: Selection<SVGSVGElement, unknown, null, undefined>;
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private chrome!: FallbackChrome;
  private readonly layers = {
    basemap: svgEl('g', { class: 'fallback-basemap' }),
    thread: svgEl('path', { class: 'fallback-thread' }),
    labels: svgEl('g', { class: 'fallback-labels', 'aria-hidden': 'true' }),
    markers: svgEl('g', { class: 'fallback-markers' }),
    selected: svgEl('g', { class: 'fallback-selected', 'aria-hidden': 'true' }),
  };
  private drawn: Drawn[] = [];
  private focusKey: number | null = null;
  private transform: ZoomTransform = zoomIdentity;
  private basemapReady = false;
  private readyReported = false;
  private readonly unsubscribers: (() => void)[] = [];
  private readonly abort = new AbortController();
  private resizeObserver: ResizeObserver | null = null;

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
    root.prepend(this.svg);
    container.append(root);

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
    this.bindMarkerEvents();

    this.resizeObserver = new ResizeObserver(() => {
      if (this.hasSize()) this.jumpTo(viewToTransform(this.store.getState().mapView, this.size()));
      reportMapSize(this.store, this.container);
    });
    this.resizeObserver.observe(container);

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

  /** Zoom buttons count as the reader's own move. */
  private userZoom = false;

  private size(): Size {
    return [this.container.clientWidth || 1, this.container.clientHeight || 1];
  }

  private hasSize() {
    return this.container.clientWidth > 0 && this.container.clientHeight > 0;
  }

  private async loadBasemap() {
    const get = async (file: string) => {
      const url = new URL(`basemap/${file}`, document.baseURI);
      const r = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: this.abort.signal });
      if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
      return (await r.json()) as unknown;
    };
    try {
      const [countries, borders] = await Promise.all([get('countries.json'), get('borders.json')]);
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
    }
  }

  private jumpTo(t: ZoomTransform) {
    if (!this.hasSize()) return;
    this.zoomer.transform(this.sel, t);
  }

  private apply(t: ZoomTransform) {
    this.transform = t;
    this.layers.basemap.setAttribute('transform', t.toString());
    for (const d of this.drawn) placeMarker(d.wrap, d.m, t);
    drawLabels(this.layers.labels, t, this.store.getState().lang);
    this.positionSelection();
    const zoomLevel = Math.log2(t.k);
    this.chrome.setZoomLimits(zoomLevel <= MIN_ZOOM + 0.01, zoomLevel >= MAX_ZOOM - 0.01);
    this.chrome.hideTooltip();
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
    const markers = markersFor(state.data, view.visible);
    const focused = this.drawn.some((d) => d.button === document.activeElement);
    this.drawn = markers.map((m) => ({ m, ...buildMarker(m, this.markerName(m)) }));
    this.layers.markers.replaceChildren(...this.drawn.map((d) => d.wrap));
    for (const d of this.drawn) placeMarker(d.wrap, d.m, this.transform);
    if (!this.drawn.some((d) => d.m.key === this.focusKey)) this.focusKey = this.drawn[0]?.m.key ?? null;
    this.setRovingFocus(this.focusKey, focused);
    // Exposed for the list/timeline/map agreement check, as the WebGL map does.
    this.container.dataset['incidentCount'] = String(mapGroups(state.data, view.visible).total);
    this.chrome.hideTooltip();
    if (!this.readyReported) {
      this.readyReported = true;
      this.events.onReady();
    }
  }

  private markerName(m: Marker): string {
    const { data, lang } = this.store.getState();
    const t = i18n.getFixedT(lang);
    if (!data) return '';
    const where = m.spread === 'point' ? '' : ` (${t('map.fallback.area')})`;
    if (m.count > 1) {
      return `${placeName(data.dataset.places.get(m.place), lang) || m.place}${where}: ${t('map.groupTooltip', { count: m.count })}`;
    }
    const inc = data.incident(m.i);
    const date = data.date(m.i);
    const category = t(`category.${CATEGORY_IDS[data.category[m.i]!] ?? 'statement'}`);
    return `${category}: ${pick(inc?.title, lang)}, ${date ? formatIncidentDate(date, lang) : ''}${where}`;
  }

  private syncSelection() {
    const { data, selectedId } = this.store.getState();
    if (!data || !this.basemapReady) return;
    const i = selectedId === null ? undefined : data.idToIndex.get(selectedId);
    const f = placeFeatures(data, i === undefined ? [] : [i]).features[0];
    this.selected = f ? (f.geometry.coordinates as [number, number]) : null;
    this.container.dataset['selectedId'] = f ? f.properties.id : '';
    this.layers.thread.setAttribute('d', caseThreadPath(caseThread(data, selectedId)));
    for (const d of this.drawn) d.button.setAttribute('aria-current', String(!!selectedId && d.m.id === selectedId));
    this.positionSelection();
  }

  private selected: [number, number] | null = null;

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
    drawLabels(this.layers.labels, this.transform, this.store.getState().lang);
    for (const d of this.drawn) d.button.setAttribute('aria-label', this.markerName(d.m));
  }

  /** One marker is in the Tab order; arrow keys move between markers by where they are on screen. */
  private setRovingFocus(key: number | null, focus: boolean) {
    this.focusKey = key;
    for (const d of this.drawn) {
      const on = d.m.key === key;
      d.button.setAttribute('tabindex', on ? '0' : '-1');
      if (on && focus) d.button.focus();
    }
  }

  private bindMarkerEvents() {
    bindMarkerEvents(this.layers.markers, {
      drawn: () => this.drawn,
      screenPoint: (m) => this.transform.apply(m.base),
      activate: (d) => this.activate(d),
      moveFocus: (key) => this.setRovingFocus(key, true),
      focused: (key) => (this.focusKey = key),
      showTooltip: (d) => {
        const { data, lang } = this.store.getState();
        if (data) this.chrome.showTooltip(pointTooltip(data, d.m, lang), this.transform.apply(d.m.base));
      },
      hideTooltip: () => this.chrome.hideTooltip(),
    });
  }

  private activate(d: Drawn) {
    const state = this.store.getState();
    this.setRovingFocus(d.m.key, false);
    if (d.m.count === 1) {
      state.select(d.m.id, 'map');
      return;
    }
    // The same chooser the WebGL map opens: it lists the group's incidents beside the map.
    this.chrome.hideTooltip();
    state.openMapChooser({ kind: 'place', keys: [d.m.key] });
  }

  destroy() {
    this.abort.abort();
    for (const u of this.unsubscribers) u();
    this.resizeObserver?.disconnect();
    this.sel?.on('.zoom', null);
    this.container.replaceChildren();
  }
}
