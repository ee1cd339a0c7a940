/**
 * The SVG map's incident markers: the place groups clustered for the zoom
 * (cluster.ts), drawn as focusable buttons with one of them in the Tab order.
 * A new whole zoom level swaps the clusters; keyboard focus follows the
 * marker it was on into the cluster that now holds it. Clicks and keys do
 * what they do on the WebGL map (clusterClick).
 */
import type { ZoomTransform } from 'd3-zoom';
import type { AppStore } from '../../../store';
import { centreOn } from '../../../store/camera';
import { CATEGORY_IDS } from '../../../data/vocabulary';
import i18n from '../../../lib/i18n';
import { formatIncidentDate } from '../../../lib/format';
import { pick, placeName } from '../../../data/localized';
import { pointTooltip } from '../map-popups';
import { clusterClick, ClusterLevels, drawnRadius, type Cluster } from './cluster';
import { MAX_ZOOM, MIN_ZOOM, type Marker } from './geometry';
import type { Circle } from './label-placement';
import { bindMarkerEvents, type Drawn } from './marker-events';
import { buildCluster, buildMarker, placeMarker } from './svg-layers';
import type { FallbackChrome } from './fallback-chrome';

export class MarkerLayer {
  private levels: ClusterLevels | null = null;
  private clusters: Cluster[] = [];
  private drawn: Drawn[] = [];
  /** Drawn clusters by cluster, for this dataset and language: zooming back to a level reuses them. */
  private readonly built = new Map<Cluster, Drawn>();
  private focusKey: number | null = null;
  private selectedId: string | null = null;

  constructor(
    readonly group: SVGGElement,
    private readonly store: AppStore,
    private readonly chrome: FallbackChrome,
    private readonly transform: () => ZoomTransform,
  ) {
    bindMarkerEvents(group, {
      drawn: () => this.drawn,
      screenPoint: (c) => this.transform().apply(c.base),
      activate: (d) => this.activate(d),
      moveFocus: (key) => this.setRovingFocus(key, true),
      focused: (key) => (this.focusKey = key),
      showTooltip: (d) => this.chrome.showTooltip(this.tooltip(d.c), this.transform().apply(d.c.base)),
      hideTooltip: () => this.chrome.hideTooltip(),
    });
  }

  /** New place groups (the filters changed): clustered once for every zoom. */
  setMarkers(markers: Marker[]) {
    this.levels = new ClusterLevels(markers, MIN_ZOOM, MAX_ZOOM);
    this.built.clear();
    this.clusters = [];
    this.draw(this.transform());
  }

  /** The clusters drawn now. */
  current(): readonly Cluster[] {
    return this.clusters;
  }

  /** Places the markers for a view; a new zoom level draws that level's clusters. */
  draw(t: ZoomTransform) {
    const next = this.levels?.at(Math.log2(t.k)) ?? [];
    if (next !== this.clusters) this.swap(next);
    for (const d of this.drawn) placeMarker(d.wrap, d.c.base, t);
  }

  /** Where the markers are on screen, so names keep clear of them. */
  circles(t: ZoomTransform): Circle[] {
    return this.clusters.map((c) => {
      const [x, y] = t.apply(c.base);
      // The white edge of a hollow region ring lies outside its radius.
      return { x, y, r: drawnRadius(c) + 2 };
    });
  }

  relabel() {
    for (const d of this.built.values()) d.button.setAttribute('aria-label', this.name(d.c));
  }

  setSelected(id: string | null) {
    this.selectedId = id;
    for (const d of this.drawn) d.button.setAttribute('aria-current', String(this.isSelected(d.c)));
  }

  private isSelected(c: Cluster) {
    return !!this.selectedId && c.members.length === 1 && c.members[0]!.id === this.selectedId;
  }

  private swap(next: Cluster[]) {
    const focused = this.drawn.some((d) => d.button === document.activeElement);
    this.clusters = next;
    this.drawn = next.map((c) => this.build(c));
    // Larger counts come last in `next`, so they are drawn on top.
    this.group.replaceChildren(...this.drawn.map((d) => d.wrap));
    const key = this.focusKey;
    const holder = key === null ? undefined : next.find((c) => c.members.some((m) => m.key === key));
    this.setRovingFocus(holder?.key ?? next[next.length - 1]?.key ?? null, focused);
    this.chrome.hideTooltip();
  }

  private build(c: Cluster): Drawn {
    let d = this.built.get(c);
    if (!d) {
      const name = this.name(c);
      d = { c, ...(c.members.length === 1 ? buildMarker(c.members[0]!, name) : buildCluster(c, name)) };
      this.built.set(c, d);
    }
    d.button.setAttribute('aria-current', String(this.isSelected(c)));
    return d;
  }

  /** One marker is in the Tab order; arrow keys move between markers by where they are on screen. */
  private setRovingFocus(key: number | null, focus: boolean) {
    this.focusKey = key;
    for (const d of this.drawn) {
      const on = d.c.key === key;
      d.button.setAttribute('tabindex', on ? '0' : '-1');
      if (on && focus) d.button.focus();
    }
  }

  private activate(d: Drawn) {
    const state = this.store.getState();
    this.setRovingFocus(d.c.key, false);
    const action = clusterClick(d.c, MAX_ZOOM);
    if (action.kind === 'select') {
      state.select(action.id, 'map');
    } else if (action.kind === 'chooser') {
      // The same chooser the WebGL map opens: it lists the incidents beside the map.
      this.chrome.hideTooltip();
      state.openMapChooser({ kind: 'place', keys: action.keys });
    } else {
      this.chrome.hideTooltip();
      state.setMapView(centreOn(action.center, action.zoom), 'reader');
    }
  }

  /** The places a cluster holds, as the WebGL map's keyboard reading names them: up to three, then how many more. */
  private places(c: Cluster): string {
    const { data, lang } = this.store.getState();
    const t = i18n.getFixedT(lang);
    const ids = [...new Set(c.members.map((m) => m.place))];
    const names = ids.map((id) => placeName(data?.dataset.places.get(id), lang) || id);
    const more = names.length > 3 ? ` ${t('map.morePlaces', { count: names.length - 3 })}` : '';
    return `${names.slice(0, 3).join(', ')}${more}`;
  }

  private name(c: Cluster): string {
    const { data, lang } = this.store.getState();
    const t = i18n.getFixedT(lang);
    if (!data) return '';
    if (c.members.length > 1) return `${this.places(c)}: ${t('map.incidents', { count: c.count })}`;
    const m = c.members[0]!;
    const where = m.spread === 'point' ? '' : ` (${t('map.fallback.area')})`;
    if (m.count > 1) return `${this.places(c)}${where}: ${t('map.groupTooltip', { count: m.count })}`;
    const inc = data.incident(m.i);
    const date = data.date(m.i);
    const category = t(`category.${CATEGORY_IDS[data.category[m.i]!] ?? 'statement'}`);
    return `${category}: ${pick(inc?.title, lang)}, ${date ? formatIncidentDate(date, lang) : ''}${where}`;
  }

  private tooltip(c: Cluster): HTMLElement {
    const { data, lang } = this.store.getState();
    if (data && c.members.length === 1) return pointTooltip(data, c.members[0]!, lang);
    const root = document.createElement('div');
    root.className = 'map-tooltip-body';
    const title = document.createElement('strong');
    title.className = 'map-tooltip-title';
    title.textContent = this.places(c);
    const count = document.createElement('span');
    count.className = 'map-tooltip-date';
    count.textContent = i18n.getFixedT(lang)('map.incidents', { count: c.count });
    root.append(title, count);
    return root;
  }
}
