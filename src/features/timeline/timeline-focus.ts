/**
 * Keyboard and pointer access to timeline items. One item at a time is a Tab
 * stop (roving tabindex); the arrow keys move between incidents in time order,
 * Home and End go to the first and last, Enter or Space opens one. Focus and
 * hover show a tooltip with the full title, date and place. Items outside the
 * rows on screen are scrolled into view.
 */
import type { Timeline } from 'vis-timeline/esnext';
import type { AppStore } from '../../store';
import { windowToInclude } from '../../store/time-windows';
import { fillTooltip } from './timeline-dom';

/** The parts of vis-timeline's internals needed to scroll rows; it has no public API for that. */
interface Internals {
  _getScrollTop?: () => number;
  _setScrollTop?: (top: number) => number;
  _redraw?: () => void;
}

const KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Enter', ' ']);

export class TimelineFocus {
  private order: string[] = [];
  private active: string | null = null;
  private pendingFocus: string | null = null;
  private pendingReveal: string | null = null;
  private readonly tip: HTMLElement;
  private readonly listeners: [string, (e: Event) => void][] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    private readonly timeline: Timeline,
  ) {
    this.tip = document.createElement('div');
    this.tip.className = 'tl-tooltip';
    // The same facts are in each item's accessible name; the tooltip is for the eye.
    this.tip.setAttribute('aria-hidden', 'true');
    this.tip.hidden = true;
    container.append(this.tip);
    this.on('keydown', (e) => this.onKey(e as KeyboardEvent));
    this.on('focusin', (e) => {
      const node = this.itemOf(e.target);
      if (node) {
        this.active = node.dataset['id'] ?? null;
        this.showTip(node);
      }
    });
    this.on('focusout', () => this.hideTip());
    this.on('mouseover', (e) => {
      const node = this.itemOf(e.target, true);
      if (node) this.showTip(node);
    });
    this.on('mouseleave', () => this.hideTip());
    this.on('pointerdown', () => this.hideTip());
    // Scrolled or zoomed, the rows move under a still pointer: the tooltip would name an item no longer there.
    this.on('wheel', () => this.hideTip());
    timeline.on('scrollSide', () => this.hideTip());
    timeline.on('rangechange', () => this.hideTip());
  }

  private on(type: string, fn: (e: Event) => void) {
    this.container.addEventListener(type, fn);
    this.listeners.push([type, fn]);
  }

  /** The item label an event target belongs to (or, for hover, lies within). */
  private itemOf(target: EventTarget | null, within = false): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    if (target instanceof HTMLElement && target.matches('.tl-item-label[data-id]')) return target;
    if (!within) return null;
    const item = target.closest('.vis-item');
    return item?.querySelector<HTMLElement>('.tl-item-label[data-id]') ?? null;
  }

  private node(id: string): HTMLElement | null {
    return this.container.querySelector<HTMLElement>(`.tl-item-label[data-id="${CSS.escape(id)}"]`);
  }

  /** Incident ids in time order; empty while the timeline shows bins. */
  setOrder(indices: number[]) {
    const data = this.store.getState().data;
    this.order = data ? indices.map((i) => data.ids[i]!) : [];
    this.afterDraw();
  }

  /** Called after vis-timeline draws: one Tab stop, pending focus and scrolling. */
  afterDraw() {
    const selected = this.store.getState().selectedId;
    const has = (id: string | null): id is string => id !== null && this.order.includes(id);
    if (!has(this.active)) this.active = has(selected) ? selected : this.firstInWindow();
    for (const n of this.container.querySelectorAll<HTMLElement>('.tl-item-label[data-id]')) {
      n.tabIndex = n.dataset['id'] === this.active ? 0 : -1;
    }
    if (this.active !== null && !this.node(this.active)) {
      // The Tab stop must exist: fall back to the first item drawn.
      const first = this.container.querySelector<HTMLElement>('.tl-item-label[data-id]');
      if (first) first.tabIndex = 0;
    }
    if (this.pendingReveal !== null && this.scrollTo(this.pendingReveal)) this.pendingReveal = null;
    if (this.pendingFocus !== null) {
      const node = this.node(this.pendingFocus);
      if (node) {
        this.pendingFocus = null;
        node.focus({ preventScroll: true });
      }
    }
  }

  private firstInWindow(): string | null {
    const { data, timeWindow } = this.store.getState();
    if (!data) return this.order[0] ?? null;
    const id = this.order.find((x) => !timeWindow || data.end[data.idToIndex.get(x)!]! > timeWindow.start);
    return id ?? this.order[0] ?? null;
  }

  /** Scrolls the selected incident's row into view once it is drawn. */
  revealSelected() {
    const id = this.store.getState().selectedId;
    if (id === null) return;
    this.pendingReveal = id;
    if (id !== this.active && this.order.includes(id)) this.active = id;
    requestAnimationFrame(() => this.afterDraw());
  }

  /** Scrolls vertically so the item's row is well inside the rows on screen; false if it is not drawn yet. */
  private scrollTo(id: string): boolean {
    const tl = this.timeline as unknown as Internals;
    const node = this.node(id)?.closest<HTMLElement>('.vis-item');
    const panel = this.container.querySelector<HTMLElement>('.vis-panel.vis-center');
    if (!node || !panel) return false;
    if (!tl._getScrollTop || !tl._setScrollTop || !tl._redraw) return true;
    const item = node.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    const margin = Math.min(40, view.height / 4);
    if (item.top >= view.top + 4 && item.bottom <= view.bottom - 4) return true;
    // Put the row a little below the top, so the rows before it give context.
    const delta = item.top - (view.top + margin);
    tl._setScrollTop(tl._getScrollTop() - delta);
    tl._redraw();
    return true;
  }

  private move(id: string) {
    const { data, timeWindow } = this.store.getState();
    this.active = id;
    const i = data?.idToIndex.get(id);
    if (data && i !== undefined && timeWindow) {
      const moved = windowToInclude(timeWindow, data.start[i]!, data.end[i]!);
      if (moved) this.store.getState().setTimeWindow(moved);
    }
    this.pendingReveal = id;
    this.pendingFocus = id;
    this.afterDraw();
  }

  private onKey(e: KeyboardEvent) {
    const node = this.itemOf(e.target);
    if (!node || !KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = node.dataset['id']!;
    e.preventDefault();
    if (e.key === 'Enter' || e.key === ' ') {
      this.store.getState().select(id, 'timeline');
      return;
    }
    const k = this.order.indexOf(id);
    const last = this.order.length - 1;
    const to =
      e.key === 'Home' ? 0 : e.key === 'End' ? last : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? k + 1 : k - 1;
    const next = this.order[Math.max(0, Math.min(last, to))];
    if (next !== undefined && next !== id) this.move(next);
  }

  private showTip(node: HTMLElement) {
    const { data, lang } = this.store.getState();
    const i = data?.idToIndex.get(node.dataset['id'] ?? '');
    if (!data || i === undefined) return;
    fillTooltip(this.tip, data, i, lang);
    this.tip.hidden = false;
    const box = this.container.getBoundingClientRect();
    const item = node.getBoundingClientRect();
    const width = this.tip.offsetWidth;
    const left = Math.max(4, Math.min(item.left - box.left, box.width - width - 4));
    const below = item.bottom - box.top + 4;
    const top = below + this.tip.offsetHeight > box.height ? item.top - box.top - this.tip.offsetHeight - 4 : below;
    this.tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(0, top))}px)`;
  }

  private hideTip() {
    this.tip.hidden = true;
  }

  destroy() {
    for (const [type, fn] of this.listeners) this.container.removeEventListener(type, fn);
    this.tip.remove();
  }
}
