import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { TimeWindow } from '../../store/slices/time-window';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE, PRECISION_STYLE } from '../../ui/categories';
import { DATE_PRECISIONS } from '../../data/packed';
import type { OverviewBars } from '../../store/slices/ui';
import { formatWindow } from '../../lib/format';
import {
  centreBrush,
  moveBrush,
  overviewBins,
  overviewRange,
  precisionTotals,
  resizeBrush,
  scaleBrush,
  timeToX,
  xToTime,
  type OverviewBin,
} from './overview';
import { fitWindow } from '../../store/time-windows';

type Drag = { kind: 'move' | 'start' | 'end'; x0: number; w0: TimeWindow } | null;

/** A bar's segments: its categories' counts and colours, or its date precisions'. */
function segments(bars: OverviewBars, ctx: CanvasRenderingContext2D) {
  if (bars === 'category') {
    const colours = CATEGORY_IDS.map((c) => CATEGORY_STYLE[c].color);
    return { colours, counts: (b: OverviewBin) => b.counts };
  }
  const colours: (string | CanvasPattern)[] = DATE_PRECISIONS.map((p) => PRECISION_STYLE[p].color);
  // A range is drawn hatched, so it reads apart from the year's colour without relying on hue alone.
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const t = tile.getContext('2d');
  if (t) {
    t.strokeStyle = PRECISION_STYLE.range.color;
    t.lineWidth = 2;
    t.beginPath();
    t.moveTo(0, 6);
    t.lineTo(6, 0);
    t.stroke();
    const pattern = ctx.createPattern(tile, 'repeat');
    if (pattern) colours[DATE_PRECISIONS.indexOf('range')] = pattern;
  }
  return { colours, counts: (b: OverviewBin) => b.precision };
}

/** Stacked bars per period and category (or date precision), on one canvas: never a DOM node per incident. */
function draw(canvas: HTMLCanvasElement, bins: OverviewBin[], range: TimeWindow, bars: OverviewBars) {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (width === 0 || height === 0) return;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(ratio, ratio);
  ctx.clearRect(0, 0, width, height);
  let max = 1;
  for (const b of bins) max = Math.max(max, b.total);
  // A square-root scale keeps a lone early incident visible next to a busy year.
  const scale = (n: number) => (Math.sqrt(n) / Math.sqrt(max)) * (height - 2);
  const { colours, counts } = segments(bars, ctx);
  for (const b of bins) {
    if (b.total === 0) continue;
    const x0 = timeToX(b.start, range, width);
    const x1 = timeToX(b.end, range, width);
    const w = Math.max(1, x1 - x0 - 1);
    const full = Math.max(2, scale(b.total));
    let y = height;
    const ns = counts(b);
    for (let k = 0; k < ns.length; k++) {
      const n = ns[k]!;
      if (n === 0) continue;
      const h = (n / b.total) * full;
      ctx.fillStyle = colours[k]!;
      ctx.fillRect(x0, y - h, w, h);
      y -= h;
    }
  }
}

/**
 * The whole date range at a glance: how many incidents each period holds, and
 * the timeline's window as a brush to drag, resize or move by keyboard.
 */
export function TimelineOverview() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const view = useAppStore(selectView);
  const lang = useAppStore((s) => s.lang);
  const stored = useAppStore((s) => s.timeWindow);
  const bars = useAppStore((s) => s.overviewBars);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drag, setDrag] = useState<Drag>(null);
  const range = useMemo(() => (data ? overviewRange(data) : null), [data]);
  const filtered = view?.filteredByDate;
  const bins = useMemo(
    () => (data && range && filtered ? overviewBins(data, filtered, range) : []),
    [data, range, filtered],
  );

  const ready = data !== null && view !== null;
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, [ready]);
  useEffect(() => {
    if (canvasRef.current && range) draw(canvasRef.current, bins, range, bars);
  }, [bins, range, width, bars]);

  if (!data || !view || !range) return null;
  const w = stored ?? fitWindow(view.extent, data);
  const set = (next: TimeWindow) => appStore.getState().setTimeWindow(next);
  const left = Math.max(0, timeToX(w.start, range, width));
  const right = Math.min(width, timeToX(w.end, range, width));
  const first = bins.find((b) => b.total > 0);
  const totals = precisionTotals(bins);
  const byPrecision = Object.fromEntries(DATE_PRECISIONS.map((p, k) => [p, totals[k]!]));
  const label =
    t('timeline.overview', {
      from: data.firstYear,
      to: data.lastYear,
      count: view.filteredCount,
      first: first ? new Date(first.start).getUTCFullYear() : data.firstYear,
    }) + (bars === 'precision' ? ` ${t('timeline.precisionSummary', byPrecision)}` : '');

  const xOf = (e: PointerEvent) => e.clientX - (boxRef.current?.getBoundingClientRect().left ?? 0);
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const target = e.target as HTMLElement;
    const kind = target.dataset['edge'] === 'start' ? 'start' : target.dataset['edge'] === 'end' ? 'end' : null;
    const x = xOf(e);
    if (kind) setDrag({ kind, x0: x, w0: w });
    else if (target.classList.contains('overview-brush')) setDrag({ kind: 'move', x0: x, w0: w });
    else {
      // A click outside the brush centres the window there and lets the reader drag on.
      const centred = centreBrush(w, xToTime(x, range, width), range);
      set(centred);
      setDrag({ kind: 'move', x0: x, w0: centred });
    }
    boxRef.current?.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const dt = xToTime(xOf(e), range, width) - xToTime(drag.x0, range, width);
    if (drag.kind === 'move') set(moveBrush(drag.w0, dt, range));
    else set(resizeBrush(drag.w0, drag.kind, (drag.kind === 'start' ? drag.w0.start : drag.w0.end) + dt, range));
  };
  const onKey = (e: KeyboardEvent) => {
    const span = w.end - w.start;
    const step = e.shiftKey ? span : span / 4;
    const actions: Record<string, () => TimeWindow> = {
      ArrowLeft: () => moveBrush(w, -step, range),
      ArrowRight: () => moveBrush(w, step, range),
      PageUp: () => moveBrush(w, -span, range),
      PageDown: () => moveBrush(w, span, range),
      Home: () => moveBrush(w, range.start - w.start, range),
      End: () => moveBrush(w, range.end - w.end, range),
      '+': () => scaleBrush(w, 0.5, range),
      '=': () => scaleBrush(w, 0.5, range),
      '-': () => scaleBrush(w, 2, range),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    set(action());
  };

  return (
    <div className="timeline-overview">
      <div
        ref={boxRef}
        className="overview-box"
        data-testid="overview"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={() => setDrag(null)}
        onPointerCancel={() => setDrag(null)}
      >
        <canvas ref={canvasRef} className="overview-canvas" role="img" aria-label={label} />
        <div
          className="overview-brush"
          role="slider"
          tabIndex={0}
          aria-label={t('timeline.brush')}
          aria-valuemin={range.start}
          aria-valuemax={range.end}
          aria-valuenow={Math.round(w.start)}
          aria-valuetext={formatWindow(w.start, w.end, lang)}
          aria-keyshortcuts="ArrowLeft ArrowRight Home End + -"
          data-dragging={drag !== null}
          style={{ left: `${left}px`, width: `${Math.max(6, right - left)}px` }}
          onKeyDown={onKey}
        >
          <span className="overview-edge" data-edge="start" aria-hidden="true" />
          <span className="overview-edge" data-edge="end" aria-hidden="true" />
        </div>
      </div>
      <div className="overview-axis">
        <span aria-hidden="true">{data.firstYear}</span>
        <button
          type="button"
          className="overview-bars"
          aria-pressed={bars === 'precision'}
          title={t('timeline.barsPrecisionHint')}
          onClick={() => appStore.getState().setOverviewBars(bars === 'precision' ? 'category' : 'precision')}
        >
          {t('timeline.barsPrecision')}
        </button>
        {bars === 'precision' && (
          <ul className="overview-legend" aria-label={t('timeline.precisionLegend')}>
            {DATE_PRECISIONS.map((p, k) => (
              <li key={p}>
                <span className="overview-swatch" data-precision={p} aria-hidden="true" />
                {t(`timeline.precision.${p}`)} <span className="overview-count">{totals[k]}</span>
              </li>
            ))}
          </ul>
        )}
        <span aria-hidden="true">{data.lastYear}</span>
      </div>
    </div>
  );
}
