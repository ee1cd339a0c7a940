/**
 * Owns the vis-timeline widget. Subscribes to the store outside React,
 * mirrors the visible incidents as items, and reports the reader's zooms,
 * pans and selections back. Item and group content are DOM nodes built with
 * textContent: vis-timeline never receives an HTML string.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { AppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../lib/categories';
import i18n from '../../lib/i18n';
import { itemSpecs, NO_REGION_GROUP, type ItemSpec } from './items';

interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  content: HTMLElement;
  className: string;
  group?: string;
  key: string;
}

interface VisGroup {
  id: string;
  content: HTMLElement;
  order: number;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

function itemContent(spec: ItemSpec): HTMLElement {
  const node = document.createElement('span');
  node.className = 'tl-item-label';
  const badge = document.createElement('span');
  badge.className = 'tl-item-symbol';
  badge.setAttribute('aria-hidden', 'true');
  const style = CATEGORY_STYLE[spec.category as keyof typeof CATEGORY_STYLE];
  badge.textContent = style?.symbol ?? '';
  // CSSOM, not a style attribute string: allowed under a strict CSP.
  if (style) badge.style.backgroundColor = style.color;
  const text = document.createElement('span');
  text.textContent = spec.label;
  node.append(badge, text);
  return node;
}

function itemKey(spec: ItemSpec): string {
  return `${spec.start}|${spec.end ?? ''}|${spec.group ?? ''}|${spec.label}|${spec.category}`;
}

export class TimelineController {
  readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem, 'id'>();
  private readonly groups = new DataSet<VisGroup, 'id'>();
  private readonly unsubscribers: (() => void)[] = [];
  private groupsOn = false;

  constructor(
    container: HTMLElement,
    private readonly store: AppStore,
  ) {
    const data = store.getState().data;
    const min = data ? data.minTime - 2 * YEAR : Date.UTC(1984, 0, 1);
    const max = data ? data.maxTime + 2 * YEAR : Date.UTC(2028, 0, 1);
    const options: TimelineOptions = {
      min,
      max,
      zoomMin: 3 * DAY,
      zoomMax: max - min,
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 2, vertical: 4 } },
      height: '100%',
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      groupOrder: 'order',
      locale: 'en',
      tooltip: { followMouse: false },
    };
    this.timeline = new Timeline(container, this.items as never, options);

    this.timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!props.byUser) return;
      store.getState().setTimeWindow({ start: props.start.getTime(), end: props.end.getTime() });
    });
    this.timeline.on('select', (props: { items: string[]; event?: Event }) => {
      const id = props.items[0];
      if (id !== undefined) store.getState().select(String(id), 'timeline');
    });

    this.sync();
    this.syncWindow();
    this.syncSelection();
    this.unsubscribers.push(
      store.subscribe(
        (s) => [selectView(s), s.groupBy] as const,
        () => this.sync(),
        { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
      store.subscribe(
        (s) => s.timeWindow,
        () => this.syncWindow(),
      ),
      store.subscribe(
        (s) => s.selectedId,
        () => this.syncSelection(),
      ),
    );
  }

  private sync() {
    const state = this.store.getState();
    const view = selectView(state);
    if (!view || !state.data) return;
    const specs = itemSpecs(state.data, view.visible, state.groupBy);
    this.syncGroups(specs, state.groupBy);
    const next = new Map(specs.map((s) => [s.id, s]));
    const remove: string[] = [];
    this.items.forEach((item) => {
      const spec = next.get(item.id);
      if (!spec || itemKey(spec) !== item.key) remove.push(item.id);
      else next.delete(item.id);
    });
    if (remove.length) this.items.remove(remove);
    const add: VisItem[] = [...next.values()].map((spec) => {
      const item: VisItem = {
        id: spec.id,
        start: new Date(spec.start),
        type: spec.type,
        content: itemContent(spec),
        className: `tl-cat-${spec.category}`,
        key: itemKey(spec),
      };
      if (spec.end !== undefined) item.end = new Date(spec.end);
      if (spec.group !== undefined) item.group = spec.group;
      return item;
    });
    if (add.length) this.items.add(add);
    if (state.timeWindow === null) this.fit();
    this.syncSelection();
  }

  private syncGroups(specs: ItemSpec[], groupBy: string) {
    if (groupBy === 'none') {
      if (this.groupsOn) {
        this.items.clear();
        this.timeline.setGroups(null as never);
        this.groupsOn = false;
      }
      return;
    }
    const data = this.store.getState().data;
    const wanted = new Set(specs.map((s) => s.group ?? NO_REGION_GROUP));
    const groups: VisGroup[] = [...wanted].map((id) => {
      const content = document.createElement('span');
      let label: string;
      let order = 0;
      if (groupBy === 'category') {
        label = i18n.t(`category.${id}`);
        order = CATEGORY_IDS.indexOf(id as never);
      } else if (id === NO_REGION_GROUP) {
        label = i18n.t('timeline.noPlace');
        order = 1e6;
      } else {
        label = data?.dataset.places.get(id)?.name.en ?? id;
      }
      content.textContent = label;
      return { id, content, order: groupBy === 'region' && id !== NO_REGION_GROUP ? 0 : order };
    });
    if (groupBy === 'region')
      groups.sort(
        (a, b) => a.order - b.order || (a.content.textContent ?? '').localeCompare(b.content.textContent ?? ''),
      );
    groups.forEach((g, k) => (g.order = groupBy === 'region' ? k : g.order));
    if (!this.groupsOn) {
      this.items.clear();
      this.groupsOn = true;
    }
    this.groups.clear();
    this.groups.add(groups);
    this.timeline.setGroups(this.groups as never);
  }

  /** Shows every filtered incident, with a margin so edge items are not cut. */
  private fit() {
    const state = this.store.getState();
    const extent = selectView(state)?.extent;
    const data = state.data;
    if (!extent) {
      if (data) this.timeline.setWindow(data.minTime, data.maxTime, { animation: false });
      return;
    }
    const span = Math.max(extent.end - extent.start, 30 * DAY);
    const pad = span * 0.06;
    this.timeline.setWindow(extent.start - pad, extent.end + pad * 3, { animation: false });
  }

  private syncWindow() {
    const w = this.store.getState().timeWindow;
    if (w === null) {
      this.fit();
      return;
    }
    const current = this.timeline.getWindow();
    if (Math.abs(current.start.getTime() - w.start) < 1000 && Math.abs(current.end.getTime() - w.end) < 1000) return;
    this.timeline.setWindow(w.start, w.end, { animation: false });
  }

  private syncSelection() {
    const id = this.store.getState().selectedId;
    const selectable = id !== null && this.items.get(id) !== null;
    this.timeline.setSelection(selectable ? [id] : []);
  }

  destroy() {
    for (const u of this.unsubscribers) u();
    this.timeline.destroy();
  }
}
