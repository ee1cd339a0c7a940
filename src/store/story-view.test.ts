import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw, fixtureStory } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { stepView } from './story-view';
import { EMPTY_FILTERS } from './slices/filters';

const raw = fixtureRaw();
const story = fixtureStory();
story.steps.push({ incidents: ['unknown-place-2025', 'ghost-incident'], caption: { en: 'Broken' } });
raw.narratives = { narratives: [story] };

describe('narratives', () => {
  it('rejects a narrative that references an unknown incident', () => {
    const { dataset, issues } = validateDataset(raw);
    expect(dataset.narratives).toEqual([]);
    expect(issues).toContainEqual({
      file: 'narratives.json',
      id: 'uprising',
      field: 'steps.2.incidents.1',
      message: 'unknown incident "ghost-incident"',
    });
  });
});

describe('stories', () => {
  const good = structuredClone(raw);
  (good.narratives as { narratives: { steps: { incidents: string[] }[] }[] }).narratives[0]!.steps[2]!.incidents = [
    'unknown-place-2025',
  ];
  const ix = buildIndex(validateDataset(good).dataset);
  const narrative = ix.dataset.narratives[0]!;

  it('frames a step around its incident by default', () => {
    const v = stepView(ix, narrative, 0)!;
    expect(v.selectedId).toBe('zhanaozen-protest-2022');
    expect(v.timeWindow.start).toBeLessThan(Date.UTC(2022, 0, 2));
    expect(v.timeWindow.end).toBeGreaterThan(Date.UTC(2022, 0, 3));
    expect(v.mapView).toEqual({ center: [52.8, 43.34], zoom: 7 });
  });

  it('uses the view a step asks for', () => {
    expect(stepView(ix, narrative, 1)).toEqual({
      selectedId: 'almaty-shutdown-2022',
      timeWindow: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 1, 1) },
      mapView: { center: [76.9, 43.2], zoom: 9 },
    });
    expect(stepView(ix, narrative, 2)?.mapView).toBeNull();
    expect(stepView(ix, narrative, 9)).toBeNull();
  });

  it('frames a step no closer than zoom 9, where the basemap still has towns around every place', () => {
    const close = structuredClone(narrative);
    close.steps[1]!.map = { center: [52.9, 43.34], zoom: 11 };
    expect(stepView(ix, close, 1)?.mapView).toEqual({ center: [52.9, 43.34], zoom: 9 });
  });

  it('enters a story, clamps steps and restores the free view when leaving', () => {
    const store = createAppStore();
    store.getState().setData(ix);
    store.getState().setFilters({ ...EMPTY_FILTERS, years: [2025] });
    store.getState().select('unknown-place-2025', 'list');
    expect(store.getState().goToStory('uprising', 1)).toBe(true);
    expect(store.getState()).toMatchObject({ story: { id: 'uprising', step: 1 }, selectedId: 'almaty-shutdown-2022' });
    expect(store.getState().filters).toEqual(EMPTY_FILTERS);
    store.getState().goToStory('uprising', 99);
    expect(store.getState().story?.step).toBe(2);
    expect(store.getState().goToStory('nope', 0)).toBe(false);
    store.getState().leaveStory();
    expect(store.getState()).toMatchObject({ story: null, selectedId: 'unknown-place-2025', timeWindow: null });
    expect(store.getState().filters.years).toEqual([2025]);
  });
});
