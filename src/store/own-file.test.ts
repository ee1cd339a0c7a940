import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { parseFragment, serializeFragment } from './url-state';
import { urlStateOf } from './link-state';

const summary = {
  format: 'acled',
  encoding: 'utf-8',
  delimiter: ',',
  linesRead: 1,
  shown: 1,
  skipped: 0,
  warned: 0,
} as const;

describe("a reader's own file in the store", () => {
  it('replaces the published dataset in every view from a fresh view, and goes back to it', () => {
    const store = createAppStore();
    const published = buildIndex(validateDataset(fixtureRaw()).dataset);
    const own = buildIndex(validateDataset(fixtureRaw()).dataset);
    store.getState().setData(published);
    store.setState({ selectedId: 'almaty-shutdown-2022', filters: { ...store.getState().filters, text: 'x' } });
    store.getState().showOwnFile(own, { kind: 'file', name: 'mine.csv', problems: [], summary });
    expect(store.getState().data).toBe(own);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters.text).toBe('');
    // A later refresh of the published data does not take the file off the screen.
    store.getState().setData(published);
    expect(store.getState().data).toBe(own);
    store.getState().showPublished();
    expect(store.getState().data).toBe(published);
    expect(store.getState().origin).toEqual({ kind: 'published' });
  });

  it('writes a link that holds none of the file: no incident, person, place or search words, only that it was a file', () => {
    const store = createAppStore();
    const own = buildIndex(validateDataset(fixtureRaw()).dataset);
    store.getState().showOwnFile(own, { kind: 'file', name: 'mine.csv', problems: [], summary });
    const f = store.getState().filters;
    store.setState({
      selectedId: 'almaty-shutdown-2022',
      actorPage: 'atajurt',
      filters: {
        ...f,
        text: 'secret words',
        actors: ['atajurt'],
        places: ['almaty'],
        years: [2022],
        categories: ['protest'],
      },
      lang: 'ru',
    });
    const link = serializeFragment(urlStateOf(store.getState()));
    expect(link).toBe('years=2022&categories=protest&lang=ru&src=file');
    expect(parseFragment(link).state.fromFile).toBe(true);
  });
});
