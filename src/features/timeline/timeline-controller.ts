/**
 * Owns the vis-timeline widget. Subscribes to the store outside React,
 * mirrors the visible incidents as items, and reports the reader's zooms,
 * pans and selections back. Item and group content are DOM nodes built in
 * timeline-dom.ts with textContent: vis-timeline never receives an HTML string.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { AppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { CATEGORY_IDS } from '../../data/vocabulary';
import i18n from '../../lib/i18n';
import { collator, placeName } from '../../data/localized';
import { NO_REGION_GROUP } from './items';
import { groupNode, quietMark, storyMarks, type VisGroup, type VisItem } from './timeline-dom';
import { timelineEntries } from './timeline-entries';
import { TimelineFocus } from './timeline-focus';
import { TimelineScrollbar } from './timeline-scrollbar';
import { quietStretches } from './quiet-stretches';
import { axisFormat, hideNativeScrollbar, redrawShown, swallowGhostClick } from './timeline-sync';
import { fitWindow } from '../../store/time-windows';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

export class TimelineController {
  readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem, 'id'>();
  private readonly groups = new DataSet<VisGroup, 'id'>();
  private readonly unsubscribers: (() => void)[] = [];
  private dataTimer: number | undefined;
  private groupsOn = false;
  private aggregated = false;
  private readonly resizeObserver: ResizeObserver;
  private readonly focus: TimelineFocus;
  private readonly scrollbar: TimelineScrollbar;
  private wasHidden = false;
  /** The compressed stretches vis-timeline has now, as a key. */
  private quietKey = '';
  private majorLabels = true;

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
      margin: { item: { horizontal: 4, vertical: 4 }, axis: 6 },
      height: '100%',
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      groupOrder: 'order',
      locale: store.getState().lang,
      format: axisFormat(store.getState().lang) as TimelineOptions['format'],
      // Short labels ("12", "Mar", "2024") need little room: days show for a month at 1366 px, months for a year.
      maxMinorChars: 4,
      // Between a month and two days per label, weekly ticks keep day numbers on the axis (a month on a phone).
      showWeekScale: true,
    };
    this.timeline = new Timeline(container, this.items as never, options);
    this.focus = new TimelineFocus(container, store, this.timeline);
    this.scrollbar = new TimelineScrollbar(container);
    // Item sizes measured while the pane was hidden (phone tabs) are wrong; measure again when it shows,
    // and draw the window the store holds now, not the one from before it was hidden.
    this.resizeObserver = new ResizeObserver(() => {
      const shown = container.clientWidth > 0 && container.clientHeight > 0;
      if (!shown) {
        this.wasHidden = true;
        return;
      }
      redrawShown(this.timeline);
      if (this.wasHidden) {
        this.wasHidden = false;
        // Once laid out again, and once more on the next frame, when vis-timeline has measured its new width.
        this.syncWindow(true);
        requestAnimationFrame(() => this.syncWindow(true));
      }
    });
    this.resizeObserver.observe(container);

    this.timeline.on('rangechange', (props: { start: Date; end: Date }) =>
      this.syncAxis(props.start.getTime(), props.end.getTime()),
    );
    this.timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!props.byUser || this.wasHidden) return;
      store.getState().setTimeWindow({ start: props.start.getTime(), end: props.end.getTime() });
    });
    this.timeline.on('select', (props: { items: string[]; event?: { pointerType?: string } }) => {
      const id = props.items[0];
      if (id === undefined) return;
      if (props.event?.pointerType === 'touch') swallowGhostClick();
      const bin = /^bin:[^:]*:(\d+)$/.exec(String(id));
      if (bin) {
        // A bin opens onto its own stretch of time.
        const item = this.items.get(String(id));
        if (item?.end) store.getState().setTimeWindow({ start: item.start.getTime(), end: item.end.getTime() });
        return;
      }
      if (!/^(selected|step|quiet):/.test(String(id))) store.getState().select(String(id), 'timeline');
    });
    this.timeline.on('changed', () => {
      hideNativeScrollbar(this.timeline);
      // The side panel that carries the scrollbar must be as tall as the rows.
      const rows = container.querySelector<HTMLElement>('.vis-center .vis-itemset');
      const height = `${rows?.offsetHeight ?? 0}px`;
      if (container.style.getPropertyValue('--tl-rows-height') !== height) {
        container.style.setProperty('--tl-rows-height', height);
      }
      this.focus.afterDraw();
      this.scrollbar.update();
    });

    this.sync();
    this.syncWindow();
    this.unsubscribers.push(
      store.subscribe(
        (s) => [selectView(s), s.groupBy, s.selectedId, s.story, s.lang, s.data] as const,
        (next, prev) => {
          if (next[4] !== prev[4]) {
            this.timeline.setOptions({ locale: next[4], format: axisFormat(next[4]) as TimelineOptions['format'] });
          }
          // A new dataset is drawn in a task of its own, not in the one that renders every other view for it.
          if (next[5] !== prev[5]) {
            window.clearTimeout(this.dataTimer);
            this.dataTimer = window.setTimeout(() => {
              this.sync();
              this.focus.revealSelected();
            }, 0);
            return;
          }
          this.sync();
          if (next[2] !== prev[2]) this.focus.revealSelected();
        },
        { equalityFn: (a, b) => a.every((v, k) => v === b[k]) },
      ),
      store.subscribe(
        (s) => s.timeWindow,
        (w, prev) => {
          // "All dates" compresses the quiet stretches; any other window is linear.
          if ((w === null) !== (prev === null)) this.sync();
          this.syncWindow();
        },
      ),
    );
    this.focus.revealSelected();
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
    const lang = state.lang;
    const { aggregate, entries, represented } = timelineEntries(state, view, data);
    entries.push(...storyMarks(data, state.story, lang));
    this.syncQuiet(view.visible, entries);
    if (aggregate !== this.aggregated) {
      this.aggregated = aggregate;
      this.items.clear();
      this.timeline.setOptions({ stack: !aggregate });
    }
    this.syncGroups(entries);
    const next = new Map(entries.map((e) => [e.id, e]));
    const remove: string[] = [];
    this.items.forEach((item) => {
      const entry = next.get(item.id);
      if (!entry || entry.key !== item.key || entry.group !== item.group) remove.push(item.id);
      else next.delete(item.id);
    });
    if (remove.length) this.items.remove(remove);
    if (next.size) this.items.add([...next.values()]);
    this.container.dataset['mode'] = aggregate ? 'bins' : 'items';
    this.container.dataset['incidentCount'] = String(represented);
    if (state.timeWindow === null) this.fit();
    this.syncSelection();
    this.focus.setOrder(aggregate ? [] : [...view.visible].sort((a, b) => data.start[a]! - data.start[b]! || a - b));
  }

  /** In "All dates", long stretches where no shown incident begins or ends are drawn compressed, and marked. */
  private syncQuiet(visible: ArrayLike<number>, entries: VisItem[]) {
    const { data, timeWindow, lang } = this.store.getState();
    const quiet = data && timeWindow === null ? quietStretches(data.startYear, data.endYear, visible) : [];
    const key = quiet.map((q) => `${q.hideStart}-${q.hideEnd}`).join();
    if (key !== this.quietKey) {
      this.quietKey = key;
      const hiddenDates = quiet.map((q) => ({ start: new Date(q.hideStart), end: new Date(q.hideEnd) }));
      this.timeline.setOptions({ hiddenDates } as TimelineOptions);
    }
    for (const q of quiet) entries.push(quietMark(q.from, q.to, lang));
  }

  private syncGroups(entries: VisItem[]) {
    const { groupBy, lang, data } = this.store.getState();
    if (groupBy === 'none') {
      if (this.groupsOn) {
        this.items.clear();
        this.timeline.setGroups(null as never);
        this.groupsOn = false;
      }
      return;
    }
    const t = i18n.getFixedT(lang);
    const wanted = new Set(entries.map((e) => e.group ?? NO_REGION_GROUP));
    const rows = [...wanted].map((id) => {
      if (groupBy === 'category') return { id, label: t(`category.${id}`), order: CATEGORY_IDS.indexOf(id as never) };
      if (id === NO_REGION_GROUP) return { id, label: t('timeline.noPlace'), order: 1e6 };
      return { id, label: placeName(data?.dataset.places.get(id), lang) || id, order: 0 };
    });
    const names = collator(lang);
    rows.sort((a, b) => a.order - b.order || names.compare(a.label, b.label));
    if (!this.groupsOn) {
      this.items.clear();
      this.groupsOn = true;
    }
    this.groups.clear();
    this.groups.add(rows.map((r, k) => ({ id: r.id, content: groupNode(r.label), order: k })));
    this.timeline.setGroups(this.groups as never);
  }

  private fit() {
    const { data } = this.store.getState();
    const w = fitWindow(selectView(this.store.getState())?.extent ?? null, data);
    this.timeline.setWindow(w.start, w.end, { animation: false });
    this.syncAxis(w.start, w.end);
  }

  private syncWindow(force = false) {
    const w = this.store.getState().timeWindow;
    if (w === null) {
      this.fit();
      return;
    }
    const current = this.timeline.getWindow();
    const same = Math.abs(current.start.getTime() - w.start) < 1000 && Math.abs(current.end.getTime() - w.end) < 1000;
    if (same && !force) return;
    this.timeline.setWindow(w.start, w.end, { animation: false });
    this.syncAxis(w.start, w.end);
  }

  /** Years need no second axis line (its labels would be empty): that line's height goes to the rows. */
  private syncAxis(start: number, end: number) {
    const major = end - start <= 3 * YEAR;
    if (major === this.majorLabels) return;
    this.majorLabels = major;
    this.timeline.setOptions({ showMajorLabels: major });
  }

  private syncSelection() {
    const id = this.store.getState().selectedId;
    const selectable = id !== null && !this.aggregated && this.items.get(id) !== null;
    this.timeline.setSelection(selectable ? [id] : []);
  }

  destroy() {
    window.clearTimeout(this.dataTimer);
    for (const u of this.unsubscribers) u();
    this.resizeObserver.disconnect();
    this.focus.destroy();
    this.scrollbar.destroy();
    this.timeline.destroy();
  }
}
