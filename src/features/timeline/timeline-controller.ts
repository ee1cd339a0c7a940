/**
 * Owns the vis-timeline widget. Subscribes to the store outside React,
 * mirrors the visible incidents as items, and reports the reader's zooms,
 * pans and selections back. Item and group content are DOM nodes built with
 * textContent: vis-timeline never receives an HTML string.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
// Axis labels in the reader's language.
import 'moment/locale/ru';
import 'moment/locale/kk';
import type { AppStore } from '../../store';
import type { DataIndex } from '../../data/data-index';
import { selectView } from '../../store/selectors';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import i18n from '../../lib/i18n';
import { pick, placeName } from '../../data/localized';
import { binSpecs, ITEM_LIMIT, itemSpecs, NO_REGION_GROUP, type BinUnit, type ItemSpec } from './items';
import { DATASET_SPAN } from '../../lib/edtf';

interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
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

const BIN_FORMAT: Record<BinUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  week: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  quarter: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
  lustrum: { year: 'numeric', timeZone: 'UTC' },
  decade: { year: 'numeric', timeZone: 'UTC' },
};

/** A bar whose height is the bin's share of the largest bin, with its count. */
function binContent(count: number, max: number, start: number, unit: BinUnit): HTMLElement {
  const box = document.createElement('span');
  box.className = 'tl-bin-box';
  const label = document.createElement('span');
  label.className = 'tl-bin-count';
  label.textContent = String(count);
  const bar = document.createElement('span');
  bar.className = 'tl-bin-bar';
  bar.style.height = `${Math.max(4, Math.round((count / max) * 100))}%`;
  box.title = i18n.t('timeline.binTitle', {
    count,
    period: new Intl.DateTimeFormat(i18n.language, BIN_FORMAT[unit]).format(start),
  });
  box.append(label, bar);
  return box;
}

function itemKey(spec: ItemSpec): string {
  return `${spec.start}|${spec.end ?? ''}|${spec.group ?? ''}|${spec.label}|${spec.category}`;
}

/** Ids of the other incidents that share a case with the selected one. */
function caseMates(data: DataIndex, selectedId: string | null): Set<string> {
  const i = selectedId === null ? undefined : data.idToIndex.get(selectedId);
  const out = new Set<string>();
  if (i === undefined) return out;
  for (const m of data.caseMatesOf(i)) if (m !== i) out.add(data.ids[m]!);
  return out;
}

/** Numbered bands marking where each step of the open story sits in time. */
function storyMarks(data: DataIndex, story: { id: string; step: number } | null): VisItem[] {
  const narrative = story ? data.narrativeById.get(story.id) : undefined;
  if (!story || !narrative) return [];
  const marks: VisItem[] = [];
  narrative.steps.forEach((step, k) => {
    const i = data.idToIndex.get(step.incidents[0] ?? '');
    if (i === undefined) return;
    const label = document.createElement('span');
    label.className = 'tl-step-label';
    label.textContent = String(k + 1);
    const current = k === story.step;
    marks.push({
      id: `step:${k}`,
      start: new Date(data.start[i]!),
      end: new Date(Math.max(data.end[i]!, data.start[i]! + DAY)),
      type: 'background',
      content: label,
      className: `tl-step${current ? ' tl-step-current' : ''}`,
      key: `step|${story.id}|${k}|${current}`,
    });
  });
  return marks;
}

export class TimelineController {
  readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem, 'id'>();
  private readonly groups = new DataSet<VisGroup, 'id'>();
  private readonly unsubscribers: (() => void)[] = [];
  private groupsOn = false;
  private aggregated = false;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly container: HTMLElement,
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
      locale: store.getState().lang,
      tooltip: { followMouse: false },
    };
    this.timeline = new Timeline(container, this.items as never, options);
    // Item sizes measured while the pane was hidden (phone tabs) are wrong; measure again when it shows.
    this.resizeObserver = new ResizeObserver(() => {
      if (container.clientWidth > 0 && container.clientHeight > 0) this.timeline.redraw();
    });
    this.resizeObserver.observe(container);

    this.timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!props.byUser) return;
      store.getState().setTimeWindow({ start: props.start.getTime(), end: props.end.getTime() });
    });
    this.timeline.on('select', (props: { items: string[]; event?: Event }) => {
      const id = props.items[0];
      if (id === undefined) return;
      const bin = /^bin:[^:]*:(\d+)$/.exec(String(id));
      if (bin) {
        // A bin opens onto its own stretch of time.
        const item = this.items.get(String(id));
        if (item?.end) store.getState().setTimeWindow({ start: item.start.getTime(), end: item.end.getTime() });
        return;
      }
      if (!/^(selected|step):/.test(String(id))) store.getState().select(String(id), 'timeline');
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
        // The selection changes bands, case highlights and step marks, which are items of their own.
        () => this.sync(),
      ),
      store.subscribe(
        (s) => s.story,
        () => this.sync(),
      ),
      store.subscribe(
        (s) => s.lang,
        (lang) => {
          this.timeline.setOptions({ locale: lang });
          this.sync();
        },
      ),
    );
  }

  /** The window "all dates" shows: every filtered incident, with a margin so edge items are not cut. */
  private fitWindow(): { start: number; end: number } {
    const state = this.store.getState();
    const extent = selectView(state)?.extent;
    const data = state.data;
    if (!extent) return { start: data?.minTime ?? DATASET_SPAN.start, end: data?.maxTime ?? DATASET_SPAN.end };
    const span = Math.max(extent.end - extent.start, 30 * DAY);
    const pad = span * 0.06;
    return { start: extent.start - pad, end: extent.end + pad * 3 };
  }

  /**
   * Level of detail: up to ITEM_LIMIT visible incidents are individual items;
   * beyond that the timeline shows counts per calendar bin, so vis-timeline
   * never holds more than a few hundred DOM items. A selected incident stays
   * visible as a highlighted band behind the bins.
   */
  private sync() {
    const state = this.store.getState();
    const view = selectView(state);
    const data = state.data;
    if (!view || !data) return;
    const aggregate = view.visible.length > ITEM_LIMIT;
    const entries: VisItem[] = [];
    let represented = 0;
    // Case highlights are drawn on individual items only; bins have none.
    const thread = aggregate ? new Set<string>() : caseMates(data, state.selectedId);
    if (!aggregate) {
      for (const spec of itemSpecs(data, view.visible, state.groupBy, state.lang)) {
        const inCase = thread.has(spec.id);
        const item: VisItem = {
          id: spec.id,
          start: new Date(spec.start),
          type: spec.type,
          content: itemContent(spec),
          className: `tl-cat-${spec.category}${inCase ? ' tl-case' : ''}`,
          key: `${itemKey(spec)}|${inCase}`,
        };
        if (spec.end !== undefined) item.end = new Date(spec.end);
        if (spec.group !== undefined) item.group = spec.group;
        entries.push(item);
      }
      represented = entries.length;
    } else {
      const { unit, bins } = binSpecs(data, view.visible, state.timeWindow ?? this.fitWindow(), state.groupBy);
      let max = 1;
      for (const b of bins) max = Math.max(max, b.count);
      for (const b of bins) {
        const item: VisItem = {
          id: b.id,
          start: new Date(b.start),
          end: new Date(b.end),
          type: 'range',
          content: binContent(b.count, max, b.start, unit),
          className: 'tl-bin',
          key: `${b.count}|${max}|${unit}`,
        };
        if (b.group !== undefined) item.group = b.group;
        entries.push(item);
        represented += b.count;
      }
      const selected = state.selectedId === null ? undefined : data.idToIndex.get(state.selectedId);
      if (selected !== undefined && view.visible.includes(selected)) {
        const inc = data.dataset.incidents[selected]!;
        const d = data.dataset.dates[selected]!;
        entries.push({
          id: `selected:${inc.id}`,
          start: new Date(d.start),
          end: new Date(Math.max(d.end, d.start + DAY)),
          type: 'background',
          content: itemContent({
            id: inc.id,
            start: d.start,
            type: 'range',
            category: inc.category,
            label: pick(inc.title, state.lang),
          }),
          className: 'tl-selected-band',
          key: `sel|${inc.id}|${state.groupBy}`,
        });
      }
    }
    entries.push(...storyMarks(data, state.story));
    if (aggregate !== this.aggregated) {
      this.aggregated = aggregate;
      this.items.clear();
      this.timeline.setOptions({ stack: !aggregate });
    }
    this.syncGroups(entries, state.groupBy);
    const next = new Map(entries.map((e) => [e.id, e]));
    const remove: string[] = [];
    this.items.forEach((item) => {
      const entry = next.get(item.id);
      if (!entry || entry.key !== item.key || entry.group !== item.group) remove.push(item.id);
      else next.delete(item.id);
    });
    if (remove.length) this.items.remove(remove);
    if (next.size) this.items.add([...next.values()]);
    const container = this.container;
    container.dataset['mode'] = aggregate ? 'bins' : 'items';
    container.dataset['incidentCount'] = String(represented);
    if (state.timeWindow === null) this.fit();
    this.syncSelection();
  }

  private syncGroups(entries: VisItem[], groupBy: string) {
    if (groupBy === 'none') {
      if (this.groupsOn) {
        this.items.clear();
        this.timeline.setGroups(null as never);
        this.groupsOn = false;
      }
      return;
    }
    const data = this.store.getState().data;
    const wanted = new Set(entries.map((e) => e.group ?? NO_REGION_GROUP));
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
        label = placeName(data?.dataset.places.get(id), this.store.getState().lang) || id;
      }
      content.textContent = label;
      // Long names are cut to keep the time axis wide; the whole name stays one hover away.
      content.className = 'group-label';
      content.title = label;
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

  private fit() {
    const w = this.fitWindow();
    this.timeline.setWindow(w.start, w.end, { animation: false });
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
    const selectable = id !== null && !this.aggregated && this.items.get(id) !== null;
    this.timeline.setSelection(selectable ? [id] : []);
  }

  destroy() {
    for (const u of this.unsubscribers) u();
    this.resizeObserver.disconnect();
    this.timeline.destroy();
  }
}
