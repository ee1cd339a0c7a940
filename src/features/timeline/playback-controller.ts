/**
 * Drives playback outside React: moves the store's time window one step at a
 * time, and schedules the next step only once the last is on screen (after
 * the frame that draws it), so a slow view drops to the rate it can keep up
 * with instead of queueing steps. The map, list, summary and timeline follow
 * the window as they always do. Any window the reader sets (brush, zoom,
 * drag, years, an incident that moves the window, a link) pauses playback.
 */
import type { AppStore, AppState } from '../../store';
import { selectView } from '../../store/selectors';
import { DATASET_SPAN } from '../../lib/edtf';
import { nextDelay, playbackStart, stepInterval, stepWindow } from '../../store/playback';
import { linkableWindow } from '../../store/time-windows';
import type { TimeWindow } from '../../store/slices/time-window';

/** The stretch playback runs over: the filtered incidents, else the whole dataset. */
export function playbackBounds(s: AppState): TimeWindow {
  const extent = selectView(s)?.extent;
  if (extent) return extent;
  return s.data ? { start: s.data.minTime, end: s.data.maxTime } : DATASET_SPAN;
}

const reducedMotionNow = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Steps the window once, forward or back, and pauses: the step buttons. */
export function stepOnce(store: AppStore, dir: 1 | -1) {
  const s = store.getState();
  const { step, mode } = s.playback;
  const bounds = playbackBounds(s);
  s.setPlayback({ playing: false, note: null });
  if (s.timeWindow === null) {
    s.setPlayback({ note: 'fromFirst' });
    s.setTimeWindow(playbackStart(null, step, mode, bounds).window);
    return;
  }
  const next = stepWindow(s.timeWindow, step, mode, dir, bounds);
  if (next) s.setTimeWindow(next);
  else if (dir === 1) s.setPlayback({ note: 'ended' });
}

export interface PlaybackStats {
  steps: number;
  /** Steps that took longer than the interval to reach the screen. */
  late: number;
  /** The longest time from a step's start to its frame on screen, ms. */
  longest: number;
}

export class PlaybackController {
  private timer: number | undefined;
  private frame: number | undefined;
  /** The window this controller wrote last: any other is the reader's. */
  private written: TimeWindow | null = null;
  readonly stats: PlaybackStats = { steps: 0, late: 0, longest: 0 };
  private readonly unsubscribers: (() => void)[];

  constructor(
    private readonly store: AppStore,
    private readonly reducedMotion: () => boolean = reducedMotionNow,
  ) {
    this.unsubscribers = [
      store.subscribe(
        (s) => s.playback.playing,
        (playing) => (playing ? this.begin() : this.halt()),
      ),
      store.subscribe(
        (s) => s.timeWindow,
        (w) => {
          if (this.store.getState().playback.playing && w !== this.written) {
            this.store.getState().setPlayback({ playing: false, note: null });
          }
        },
      ),
      // Playback changes of speed take effect from the next step; a new step size or mode at once.
      store.subscribe(
        (s) => s.playback.speed,
        () => this.store.getState().playback.playing && this.schedule(this.interval()),
      ),
    ];
    if (store.getState().playback.playing) this.begin();
  }

  private interval() {
    return stepInterval(this.store.getState().playback.speed, this.reducedMotion());
  }

  private begin() {
    const s = this.store.getState();
    const { step, mode } = s.playback;
    const start = playbackStart(s.timeWindow, step, mode, playbackBounds(s));
    s.setPlayback({ note: start.from === 'first' ? 'fromFirst' : start.from === 'restart' ? 'restart' : null });
    const w = linkableWindow(start.window);
    if (s.timeWindow === null || w.start !== s.timeWindow.start || w.end !== s.timeWindow.end) this.write(w);
    this.schedule(this.interval());
  }

  private write(w: TimeWindow) {
    this.written = w;
    this.store.getState().setTimeWindow(w);
  }

  private schedule(delay: number) {
    this.cancel();
    this.timer = window.setTimeout(() => this.tick(), delay);
  }

  private tick() {
    this.timer = undefined;
    const s = this.store.getState();
    if (!s.playback.playing) return;
    const { step, mode } = s.playback;
    const next = s.timeWindow && stepWindow(s.timeWindow, step, mode, 1, playbackBounds(s));
    if (!next) {
      s.setPlayback({ playing: false, note: 'ended' });
      return;
    }
    const startedAt = performance.now();
    this.write(next);
    // The store's subscribers have drawn the timeline; React commits before the next frame, which paints it.
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.timer = window.setTimeout(() => {
        this.timer = undefined;
        if (!this.store.getState().playback.playing) return;
        const committedAt = performance.now();
        const took = committedAt - startedAt;
        // With reduced motion the floor is between moves on screen, so it counts from this one's frame.
        const { delay, late } = this.reducedMotion()
          ? { delay: this.interval(), late: false }
          : nextDelay(this.interval(), startedAt, committedAt);
        this.stats.steps++;
        if (late) this.stats.late++;
        this.stats.longest = Math.max(this.stats.longest, took);
        this.schedule(delay);
      }, 0);
    });
  }

  private cancel() {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private halt() {
    this.cancel();
  }

  destroy() {
    this.cancel();
    for (const u of this.unsubscribers) u();
  }
}
