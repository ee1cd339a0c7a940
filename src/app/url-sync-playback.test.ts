import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from '../store';
import { PlaybackController } from '../features/timeline/playback-controller';
import { startUrlSync } from './url-sync';

const data = buildIndex(validateDataset(fixtureRaw()).dataset);

/** Just enough of a browser window for the URL sync: a location and a history that records its writes. */
function fakeBrowser(hash: string) {
  const location = { pathname: '/', search: '', hash };
  const writes: { kind: 'push' | 'replace'; url: string }[] = [];
  const write = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    writes.push({ kind, url });
    location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
  };
  vi.stubGlobal('window', {
    location,
    history: { pushState: write('push'), replaceState: write('replace') },
    addEventListener: () => {},
    removeEventListener: () => {},
    setTimeout,
    clearTimeout,
  });
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  return { location, writes };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the link while the window plays', () => {
  it('adds no history entry per step, and holds the window where playback paused, never the playing', () => {
    const browser = fakeBrowser('#from=2022-01-01&to=2022-01-31');
    const store = createAppStore();
    store.getState().setData(data);
    const stop = startUrlSync(store);
    const controller = new PlaybackController(store, () => false);
    browser.writes.length = 0;

    store.getState().setPlayback({ playing: true, step: 'month', mode: 'sliding', speed: 4 });
    vi.advanceTimersByTime(2000);
    // A step every 250 ms: the link is rewritten after a pause of 400 ms, so not while playing at this speed.
    expect(browser.writes).toEqual([]);
    store.getState().setPlayback({ playing: false });
    vi.advanceTimersByTime(1000);

    expect(browser.writes.every((w) => w.kind === 'replace')).toBe(true);
    expect(browser.location.hash).toBe('#from=2022-09-01&to=2022-09-30&data=1.0.0');

    // Slower playback rewrites the one entry it is on, and pushes none.
    store.getState().setPlayback({ playing: true, speed: 1 });
    vi.advanceTimersByTime(3500);
    store.getState().setPlayback({ playing: false });
    vi.advanceTimersByTime(1000);
    expect(browser.writes.filter((w) => w.kind === 'push')).toEqual([]);
    expect(browser.location.hash).toBe('#from=2022-12-01&to=2022-12-31&data=1.0.0');
    expect(browser.writes.map((w) => w.url).join(' ')).not.toMatch(/play|speed|step|mode|cumulative|sliding/);
    controller.destroy();
    stop();
  });
});
