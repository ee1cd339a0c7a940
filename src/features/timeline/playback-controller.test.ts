import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { createAppStore } from '../../store';
import { PlaybackController, stepOnce } from './playback-controller';

// The fixture's incidents run from 2 January 2022 to the end of January 2026.
const data = buildIndex(validateDataset(fixtureRaw()).dataset);
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
let frameMs = 16;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  frameMs = 16;
  vi.stubGlobal('window', globalThis);
  // A frame is drawn frameMs after it is asked for: a slow view is a long frame.
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), frameMs));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function given(window: { start: string; end: string } | null, reduced = false) {
  const store = createAppStore();
  store.getState().setData(data);
  if (window) store.getState().setTimeWindow({ start: at(window.start), end: at(window.end) });
  const controller = new PlaybackController(store, () => reduced);
  const shown = () => {
    const w = store.getState().timeWindow;
    return w ? `${iso(w.start)}..${iso(w.end)}` : 'all';
  };
  return { store, controller, shown };
}

describe('PlaybackController', () => {
  it('moves a sliding window on by one month a second, and pauses where asked', () => {
    const { store, shown } = given({ start: '2022-01-01', end: '2022-02-01' });
    store.getState().setPlayback({ playing: true, step: 'month', mode: 'sliding', speed: 1 });
    expect(shown()).toBe('2022-01-01..2022-02-01');
    vi.advanceTimersByTime(1000);
    expect(shown()).toBe('2022-02-01..2022-03-01');
    vi.advanceTimersByTime(2000);
    expect(shown()).toBe('2022-04-01..2022-05-01');
    store.getState().setPlayback({ playing: false });
    vi.advanceTimersByTime(5000);
    expect(shown()).toBe('2022-04-01..2022-05-01');
  });

  it('grows a cumulative window, twice as fast at 2×', () => {
    const { store, shown } = given({ start: '2022-01-01', end: '2022-02-01' });
    store.getState().setPlayback({ playing: true, step: 'year', mode: 'cumulative', speed: 2 });
    vi.advanceTimersByTime(1000);
    expect(shown()).toBe('2022-01-01..2024-02-01');
  });

  it('pauses when the reader sets a window', () => {
    const { store, shown } = given({ start: '2022-01-01', end: '2022-02-01' });
    store.getState().setPlayback({ playing: true });
    vi.advanceTimersByTime(1000);
    store.getState().setTimeWindow({ start: at('2023-05-01'), end: at('2023-06-01') });
    expect(store.getState().playback.playing).toBe(false);
    vi.advanceTimersByTime(3000);
    expect(shown()).toBe('2023-05-01..2023-06-01');
  });

  it('stops after the window that reaches the end of the data, and says so', () => {
    const { store, shown } = given({ start: '2025-11-01', end: '2025-12-01' });
    store.getState().setPlayback({ playing: true, step: 'month', mode: 'sliding' });
    vi.advanceTimersByTime(10_000);
    expect(shown()).toBe('2026-01-01..2026-02-01');
    expect(store.getState().playback).toMatchObject({ playing: false, note: 'ended' });
  });

  it('starts "all dates" from the first incident’s month, one month wide', () => {
    const { store, shown } = given(null);
    store.getState().setPlayback({ playing: true, step: 'month', mode: 'sliding' });
    expect(shown()).toBe('2022-01-01..2022-02-01');
    expect(store.getState().playback.note).toBe('fromFirst');
  });

  it('drops to the rate a slow view keeps up with instead of queueing steps', () => {
    frameMs = 700;
    const { store, controller, shown } = given({ start: '2022-01-01', end: '2022-01-08' });
    store.getState().setPlayback({ playing: true, step: 'week', speed: 4 });
    vi.advanceTimersByTime(250 + 705 * 10);
    // At 4× a step would come every 250 ms (29 in this time); each takes 700 ms to reach the screen.
    expect(controller.stats.steps).toBe(10);
    expect(controller.stats.late).toBe(10);
    expect(controller.stats.longest).toBeGreaterThanOrEqual(700);
    expect(shown()).toBe('2022-03-19..2022-03-26');
  });

  it('with reduced motion moves at most once every 2 seconds, whatever the speed', () => {
    const { store, shown } = given({ start: '2022-01-01', end: '2022-02-01' }, true);
    store.getState().setPlayback({ playing: true, speed: 4 });
    vi.advanceTimersByTime(1999);
    expect(shown()).toBe('2022-01-01..2022-02-01');
    vi.advanceTimersByTime(1);
    expect(shown()).toBe('2022-02-01..2022-03-01');
  });

  it('steps once with the step buttons, pausing playback', () => {
    const { store, shown } = given({ start: '2022-03-01', end: '2022-04-01' });
    store.getState().setPlayback({ playing: true });
    stepOnce(store, -1);
    expect(store.getState().playback.playing).toBe(false);
    expect(shown()).toBe('2022-02-01..2022-03-01');
    stepOnce(store, 1);
    stepOnce(store, 1);
    expect(shown()).toBe('2022-04-01..2022-05-01');
  });
});
