import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { computeView } from '../../store/selectors';
import { EMPTY_FILTERS } from '../../store/slices/filters';
import { stepIncident } from './navigation';
import { panWindow, yearWindow, zoomWindow } from '../../store/time-windows';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const byDate = computeView(ix, EMPTY_FILTERS, null).filteredByDate;
const bounds = { start: Date.UTC(1980, 0, 1), end: Date.UTC(2030, 0, 1) };

describe('stepIncident', () => {
  it('walks incidents in date order and stops at the ends', () => {
    expect(stepIncident(ix, byDate, null, 1, null)).toBe('zhanaozen-protest-2022');
    expect(stepIncident(ix, byDate, 'zhanaozen-protest-2022', 1, null)).toBe('almaty-shutdown-2022');
    expect(stepIncident(ix, byDate, 'almaty-shutdown-2022', 1, null)).toBe('unknown-place-2025');
    expect(stepIncident(ix, byDate, 'mangystau-summons-2026', 1, null)).toBeNull();
    expect(stepIncident(ix, byDate, 'zhanaozen-protest-2022', -1, null)).toBeNull();
    expect(stepIncident(ix, byDate, null, -1, null)).toBe('mangystau-summons-2026');
  });

  it('starts from the window when nothing is selected', () => {
    expect(stepIncident(ix, byDate, null, 1, yearWindow(2024))).toBe('unknown-place-2025');
    expect(stepIncident(ix, byDate, null, -1, yearWindow(2024))).toBe('almaty-shutdown-2022');
  });
});

describe('window helpers', () => {
  it('zooms around the centre and respects the bounds', () => {
    const w = yearWindow(2022);
    const z = zoomWindow(w, 0.5, bounds);
    expect(z.end - z.start).toBe((w.end - w.start) / 2);
    expect((z.start + z.end) / 2).toBe((w.start + w.end) / 2);
    expect(zoomWindow(w, 1000, bounds)).toEqual(bounds);
  });

  it('pans by a fraction of the span and stops at the bounds', () => {
    const w = yearWindow(2022);
    expect(panWindow(w, 0.5, bounds).start).toBe(w.start + (w.end - w.start) / 2);
    expect(panWindow(yearWindow(2029), 1, bounds).end).toBe(bounds.end);
  });
});
