import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../data/validate';
import { fixtureRaw } from '../../data/test-fixture';
import { archiveSearchFor, dateBasisOf, disputesOf, retiredIds, sourceMeta, textIn } from './accessors';

const ds = validateDataset(fixtureRaw()).dataset;
const first = ds.incidents[0]!;

describe('textIn', () => {
  it('gives the reader’s language, else English marked as a fallback', () => {
    expect(textIn({ en: 'Detained', ru: 'Задержан' }, 'ru')).toEqual({
      text: 'Задержан',
      lang: 'ru',
      fallback: false,
      draft: false,
    });
    expect(textIn({ en: 'Detained' }, 'kk')).toEqual({ text: 'Detained', lang: 'en', fallback: true, draft: false });
    expect(textIn({ en: 'Detained' }, 'en')?.fallback).toBe(false);
  });

  it('reads a plain English string, a translation with a review status, and nothing', () => {
    expect(textIn('A note', 'ru')).toMatchObject({ text: 'A note', fallback: true });
    expect(textIn({ en: 'x', kk: { text: 'Ұсталды', status: 'draft' } }, 'kk')).toMatchObject({
      text: 'Ұсталды',
      draft: true,
    });
    expect(textIn({ en: 'x', kk: { text: 'Ұсталды', status: 'reviewed' } }, 'kk')?.draft).toBe(false);
    expect(textIn(undefined, 'en')).toBeNull();
    expect(textIn(42, 'en')).toBeNull();
    expect(textIn({ ru: '' }, 'ru')).toBeNull();
  });
});

describe('dateBasisOf', () => {
  it('tolerates a record without a basis and reads one when present', () => {
    expect(dateBasisOf({ ...first, dateBasis: undefined } as never, 'en').basis).toBeNull();
    const withBasis = { ...first, dateBasis: 'external', dateNote: { en: 'Month from press reports' } } as never;
    expect(dateBasisOf(withBasis, 'ru')).toMatchObject({
      basis: 'external',
      note: { text: 'Month from press reports', fallback: true },
    });
  });
});

describe('disputesOf', () => {
  const claims = [
    { text: 'Eight', source: 'src-a', quote: '“eight”' },
    { text: 'Nine', source: 'src-a', quote: '“nine”' },
  ];
  it('joins the disagreements on the record and those recorded apart that name it', () => {
    const withOwn = { ...first, disputes: [{ topic: 'number', claims }] };
    const shared = Object.assign({}, ds, {
      disputes: [
        { topic: { en: 'place', ru: 'место' }, claims, incidents: [first.id] },
        { topic: 'elsewhere', claims, incidents: ['another'] },
        { topic: 'one claim only', claims: claims.slice(0, 1), incidents: [first.id] },
      ],
    });
    const out = disputesOf(shared, withOwn, 'ru');
    expect(out.map((d) => d.topic?.text)).toEqual(['number', 'место']);
    expect(out[0]!.claims[1]).toMatchObject({ source: 'src-a', quote: '“nine”' });
  });
});

describe('sourceMeta', () => {
  it('gives an archive search for an http(s) address and drops any other', () => {
    const meta = sourceMeta({ id: 's', title: 'T', languages: ['en'], url: 'https://example.org/a' }, 's', 'en');
    expect(meta.archiveSearch).toBe('https://web.archive.org/web/*/https://example.org/a');
    expect(archiveSearchFor('https://x.test/')).toBe('https://web.archive.org/web/*/https://x.test/');
    const bad = sourceMeta({ id: 's', title: 'T', languages: ['en'], url: 'javascript:alert(1)' } as never, 's', 'en');
    expect(bad.url).toBeNull();
    expect(bad.archiveSearch).toBeNull();
    expect(sourceMeta(undefined, 'gone', 'en').title).toBe('gone');
  });
});

describe('retiredIds', () => {
  it('reads a table of retired ids in any of its spellings, leading only to live records', () => {
    const raw = {
      redirects: [
        { from: 'old-one', to: first.id, note: 'merged' },
        { id: 'old-two', reason: { en: 'not supported by the sources' } },
        { id: first.id, to: 'x' },
        { id: 'Not A Slug', to: first.id },
        { id: 'old-three', to: 'missing-record' },
      ],
    };
    const out = retiredIds(ds, raw, 'en');
    expect(out.map((r) => [r.id, r.status, r.to])).toEqual([
      ['old-one', 'merged', first.id],
      ['old-two', 'withdrawn', null],
      ['old-three', 'withdrawn', null],
    ]);
    expect(retiredIds(ds, undefined, 'en')).toEqual([]);
  });
});
