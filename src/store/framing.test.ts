import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { FRAME_ZOOM, frameIncident, frameWindow, MIN_FRAME_SPAN, windowShows } from './framing';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const DAY = 86_400_000;

describe('frameIncident', () => {
  it('centres the window on a day incident with weeks of context either side', () => {
    const f = frameIncident(ix, 'zhanaozen-protest-2022')!;
    const day = Date.UTC(2022, 0, 2);
    expect((f.timeWindow.start + f.timeWindow.end) / 2).toBeCloseTo(day + DAY / 2, -3);
    // Whole days, as a link writes them: the half day either side of the centre rounds out to a day.
    expect(f.timeWindow.end - f.timeWindow.start).toBe(MIN_FRAME_SPAN + DAY);
    expect(f.timeWindow.start % DAY).toBe(0);
    expect(windowShows(f.timeWindow, day, day + DAY)).toBe(true);
  });

  it('shows a whole uncertain span, with room around it', () => {
    const f = frameIncident(ix, 'unknown-place-2025')!;
    expect(windowShows(f.timeWindow, Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1))).toBe(true);
    expect(f.timeWindow.end - f.timeWindow.start).toBeGreaterThan(2 * 365 * DAY);
    // No place: the map is left as it is.
    expect(f.mapView).toBeNull();
  });

  it('zooms the map to fit the precision of the place', () => {
    expect(frameIncident(ix, 'zhanaozen-protest-2022')!.mapView).toEqual({
      center: [52.8, 43.34],
      zoom: FRAME_ZOOM.point,
    });
    expect(frameIncident(ix, 'mangystau-summons-2026')!.mapView).toEqual({
      center: [53.5, 44],
      zoom: FRAME_ZOOM.region,
    });
  });

  it('shows the whole country for a country-level incident', () => {
    const raw = fixtureRaw();
    const incidents = (raw.incidents as { incidents: Record<string, unknown>[] }).incidents;
    incidents.push({ ...incidents[0]!, id: 'country-wide', place: 'kazakhstan', locationPrecision: 'country' });
    const big = buildIndex(validateDataset(raw).dataset);
    expect(frameIncident(big, 'country-wide')!.mapView?.zoom).toBe(FRAME_ZOOM.country);
  });

  it('knows no incident it does not have', () => {
    expect(frameIncident(ix, 'nope')).toBeNull();
  });
});

describe('frameWindow', () => {
  it('is three times a long span, centred', () => {
    const t = Date.UTC(2000, 0, 1);
    const w = frameWindow(t, t + 100 * DAY);
    expect(w).toEqual({ start: t - 100 * DAY, end: t + 200 * DAY });
  });

  it('stops where a link can no longer hold the window (1981 to the end of 2030)', () => {
    // 2019 to 2026 framed three times over would run from 2011 into 2033.
    const w = frameWindow(Date.UTC(2019, 0, 1), Date.UTC(2027, 0, 1));
    expect(w.end).toBe(Date.UTC(2031, 0, 1));
    expect(w.start).toBeLessThan(Date.UTC(2019, 0, 1));
    const early = frameWindow(Date.UTC(1986, 11, 1), Date.UTC(1996, 0, 1));
    expect(early.start).toBe(Date.UTC(1981, 0, 1));
  });
});

describe('the frameIncident action', () => {
  it('frames time and map, leaving alone what a link pinned down', () => {
    const store = createAppStore();
    store.getState().setData(ix);
    const pinned = { start: 0, end: 1 };
    store.setState({ timeWindow: pinned });
    store.getState().frameIncident('zhanaozen-protest-2022', { time: true });
    expect(store.getState().timeWindow).toBe(pinned);
    expect(store.getState().mapView.zoom).toBe(FRAME_ZOOM.point);
    expect(store.getState().mapViewOrigin).toBe('app');
    store.getState().frameIncident('mangystau-summons-2026', { map: true });
    expect(store.getState().mapView.zoom).toBe(FRAME_ZOOM.point);
    expect(windowShows(store.getState().timeWindow, Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1))).toBe(true);
  });
});
