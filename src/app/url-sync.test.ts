import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from '../store';
import { serializeFragment, urlStateOf } from '../store/url-state';
import { applyFragment } from './url-sync';

const data = buildIndex(validateDataset(fixtureRaw()).dataset);

describe('applyFragment', () => {
  it('is applied to the store in one write', () => {
    const store = createAppStore();
    store.getState().setData(data);
    let writes = 0;
    const stop = store.subscribe(() => writes++);
    applyFragment(store, '#id=almaty-shutdown-2022&years=2022&from=2022-01-01&to=2022-01-31&map=6/43.2/76.9');
    stop();
    expect(writes).toBe(1);
    expect(serializeFragment(urlStateOf(store.getState()))).toBe(
      'id=almaty-shutdown-2022&years=2022&from=2022-01-01&to=2022-01-31&map=6/43.2/76.9',
    );
  });

  it('reports what the dataset does not know, and applies the rest', () => {
    const store = createAppStore();
    store.getState().setData(data);
    const ignored = applyFragment(store, '#id=ghost&years=2022');
    expect(ignored).toEqual(['id: no incident "ghost" in this dataset']);
    expect(store.getState().filters.years).toEqual([2022]);
    expect(store.getState().selectedId).toBeNull();
  });
});
