import { describe, expect, it } from 'vitest';
import '../../lib/i18n';
import { citeView } from './citation';

const INPUT = { version: '1.1.0', link: 'https://example.org/#years=2022&q=a%20b', accessed: '2026-11-21' };

describe('citeView', () => {
  it('names the dataset version, the view size, the link and the access day', () => {
    expect(citeView({ ...INPUT, count: 23, lang: 'en' })).toBe(
      'Kazakhstan Incident Explorer, dataset version 1.1.0. View of 23 incidents. ' +
        'https://example.org/#years=2022&q=a%20b (accessed 21 November 2026).',
    );
  });

  it('uses the singular for one incident and groups large numbers', () => {
    expect(citeView({ ...INPUT, count: 1, lang: 'en' })).toContain('View of 1 incident.');
    expect(citeView({ ...INPUT, count: 12345, lang: 'en' })).toContain('View of 12,345 incidents.');
  });

  it('never escapes the link', () => {
    expect(citeView({ ...INPUT, count: 2, lang: 'en' })).toContain('#years=2022&q=a%20b ');
  });

  it('writes the access day in the reader’s language', () => {
    expect(citeView({ ...INPUT, count: 2, lang: 'ru' })).toContain('21 ноября 2026');
  });

  it('takes its words from the given translation', () => {
    const t = (key: string, o?: Record<string, unknown>) =>
      key === 'app.title' ? 'T' : `${key}|${o?.shown}|${o?.title}`;
    expect(citeView({ ...INPUT, count: 3, lang: 'en' }, t)).toBe('export.citation|3|T');
  });
});
