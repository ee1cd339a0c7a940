import { describe, expect, it } from 'vitest';
import type { Source } from '../../data/schema';
import type { TranslatedText } from '../../data/translations';
import { archiveSearchFor, sourceMeta } from './source-meta';

const source = (extra: Partial<Source>): Source => ({ id: 's', title: 'T', languages: ['en'], ...extra });
const none = new Map<string, TranslatedText>();

describe('sourceMeta', () => {
  it('gives an archive search for an http(s) address and drops any other', () => {
    const meta = sourceMeta(source({ url: 'https://example.org/a' }), 's', none);
    expect(meta.archiveSearch).toBe('https://web.archive.org/web/*/https://example.org/a');
    expect(archiveSearchFor('https://x.test/')).toBe('https://web.archive.org/web/*/https://x.test/');
    const bad = sourceMeta(source({ url: 'javascript:alert(1)' }), 's', none);
    expect(bad.url).toBeNull();
    expect(bad.archiveSearch).toBeNull();
  });

  it('keeps the data’s own archive search', () => {
    const archiveSearch = 'https://web.archive.org/web/2020/https://example.org/a';
    expect(sourceMeta(source({ url: 'https://example.org/a', archiveSearch }), 's', none).archiveSearch).toBe(
      archiveSearch,
    );
  });

  it('shows the id of a source the dataset lacks', () => {
    expect(sourceMeta(undefined, 'gone', none)).toMatchObject({ title: 'gone', url: null, description: undefined });
  });

  it('takes the publisher’s description and the date note with their translations, by key', () => {
    const texts = new Map<string, TranslatedText>([
      ['sources/s/publisherDescription', { en: 'A weekly', ru: 'Еженедельник', review: { ru: 'draft' } }],
      // A translation of an English the record no longer holds is not used.
      ['sources/s/publishedNote', { en: 'Older note', ru: 'Старая заметка' }],
    ]);
    const meta = sourceMeta(source({ publisherDescription: 'A weekly', publishedNote: 'Undated' }), 's', texts);
    expect(meta.description).toEqual({ en: 'A weekly', ru: 'Еженедельник', review: { ru: 'draft' } });
    expect(meta.publishedNote).toEqual({ en: 'Undated' });
  });
});
