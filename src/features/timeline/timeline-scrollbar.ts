/**
 * A vertical scrollbar for the timeline's rows that every reader can see and
 * drag. vis-timeline scrolls its rows through a side panel whose native
 * scrollbar is an overlay (or nothing) in many browsers — macOS, GTK Firefox
 * and Tor Browser, headless Chromium — so the rows below the fold looked
 * absent. This bar drives that same panel's scrollTop; vis-timeline follows
 * the panel as it does for a wheel. Keyboard readers move between rows with
 * the timeline's own keys, so the bar is a pointer affordance only.
 */
const MIN_THUMB_PX = 24;

export class TimelineScrollbar {
  private readonly track: HTMLDivElement;
  private readonly thumb: HTMLDivElement;
  private panel: HTMLElement | null = null;
  private drag: { pointer: number; startY: number; startTop: number } | null = null;
  /** The track's height, kept: a hidden track measures 0. */
  private trackH = 0;

  constructor(private readonly container: HTMLElement) {
    this.track = document.createElement('div');
    this.track.className = 'tl-scrollbar';
    this.track.setAttribute('aria-hidden', 'true');
    this.thumb = document.createElement('div');
    this.thumb.className = 'tl-scrollbar-thumb';
    this.track.append(this.thumb);
    container.append(this.track);
    this.track.addEventListener('pointerdown', this.onTrackDown);
    this.thumb.addEventListener('pointerdown', this.onThumbDown);
    this.thumb.addEventListener('pointermove', this.onThumbMove);
    this.thumb.addEventListener('pointerup', this.onThumbUp);
    this.thumb.addEventListener('pointercancel', this.onThumbUp);
  }

  /** Called after each timeline draw: the rows' panel may be new, taller or shorter. */
  update() {
    const panel = this.container.querySelector<HTMLElement>('.vis-panel.vis-left.vis-vertical-scroll');
    if (panel !== this.panel) {
      this.panel?.removeEventListener('scroll', this.onScroll);
      this.panel = panel;
      panel?.addEventListener('scroll', this.onScroll, { passive: true });
    }
    const rows = this.container.querySelector<HTMLElement>('.vis-panel.vis-center');
    if (!panel || !rows) {
      this.track.hidden = true;
      return;
    }
    // The bar runs alongside the rows, below the axis.
    const top = rows.offsetTop;
    this.track.style.top = `${top}px`;
    this.trackH = rows.clientHeight;
    this.track.style.height = `${this.trackH}px`;
    this.onScroll();
  }

  private metrics() {
    const panel = this.panel;
    if (!panel) return null;
    const visible = panel.clientHeight;
    const total = panel.scrollHeight;
    const trackH = this.trackH;
    if (total <= visible + 1 || trackH <= 0) return null;
    const thumbH = Math.max(MIN_THUMB_PX, Math.round((visible / total) * trackH));
    return { panel, visible, total, trackH, thumbH, range: total - visible, travel: trackH - thumbH };
  }

  private readonly onScroll = () => {
    const m = this.metrics();
    this.track.hidden = m === null;
    if (!m) return;
    this.thumb.style.height = `${m.thumbH}px`;
    this.thumb.style.transform = `translateY(${Math.round((m.panel.scrollTop / m.range) * m.travel)}px)`;
  };

  /** A press on the track pages towards it, as native scrollbars do. */
  private readonly onTrackDown = (e: PointerEvent) => {
    if (e.target !== this.track) return;
    const m = this.metrics();
    if (!m) return;
    e.preventDefault();
    const thumbTop = (m.panel.scrollTop / m.range) * m.travel;
    const y = e.clientY - this.track.getBoundingClientRect().top;
    m.panel.scrollTop += (y < thumbTop ? -1 : 1) * m.visible * 0.9;
  };

  private readonly onThumbDown = (e: PointerEvent) => {
    if (!this.panel) return;
    e.preventDefault();
    e.stopPropagation();
    this.thumb.setPointerCapture(e.pointerId);
    this.drag = { pointer: e.pointerId, startY: e.clientY, startTop: this.panel.scrollTop };
    this.track.classList.add('dragging');
  };

  private readonly onThumbMove = (e: PointerEvent) => {
    const m = this.metrics();
    if (!this.drag || e.pointerId !== this.drag.pointer || !m || m.travel <= 0) return;
    m.panel.scrollTop = this.drag.startTop + ((e.clientY - this.drag.startY) / m.travel) * m.range;
  };

  private readonly onThumbUp = (e: PointerEvent) => {
    if (!this.drag || e.pointerId !== this.drag.pointer) return;
    this.drag = null;
    this.track.classList.remove('dragging');
  };

  destroy() {
    this.panel?.removeEventListener('scroll', this.onScroll);
    this.track.remove();
  }
}
