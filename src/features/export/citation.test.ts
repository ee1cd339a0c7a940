import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import '../../lib/i18n';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { EMPTY_FILTERS } from '../../store/slices/filters';
import {
  bibtexUrl,
  citationFacts,
  citeView,
  describeView,
  texEscape,
  type CiteInput,
  type Translate,
} from './citation';

const INPUT: CiteInput = {
  version: '1.3.5',
  released: '2026-12-06',
  link: 'https://example.org/#years=2022&q=a%20b',
  accessed: '2026-11-21',
  count: 23,
  lang: 'en',
  view: '2022; Categories: Protest or Detention',
};

describe('citeView', () => {
  it('writes plain text with title, version, release day, publisher, view, link and access day', () => {
    expect(citeView(INPUT)).toBe(
      'Documented incidents of repression in Kazakhstan, dataset version 1.3.5, released 6 December 2026 by ' +
        'Kazakhstan Incident Explorer. View of 23 incidents: 2022; Categories: Protest or Detention. ' +
        'https://example.org/#years=2022&q=a%20b (accessed 21 November 2026).',
    );
  });

  it('writes APA 7', () => {
    expect(citeView(INPUT, 'apa')).toBe(
      'Kazakhstan Incident Explorer. (2026). Documented incidents of repression in Kazakhstan (Version 1.3.5) ' +
        '[Data set; view of 23 incidents: 2022; Categories: Protest or Detention]. ' +
        'Retrieved November 21, 2026, from https://example.org/#years=2022&q=a%20b',
    );
  });

  it('writes Chicago author-date, with a headline-style title', () => {
    expect(citeView(INPUT, 'chicago')).toBe(
      'Kazakhstan Incident Explorer. 2026. Documented Incidents of Repression in Kazakhstan. Version 1.3.5. ' +
        'Kazakhstan Incident Explorer. Dataset, view of 23 incidents: 2022; Categories: Protest or Detention. ' +
        'Accessed November 21, 2026. https://example.org/#years=2022&q=a%20b.',
    );
  });

  it('writes BibTeX', () => {
    expect(citeView(INPUT, 'bibtex')).toBe(
      [
        '@misc{kazakhstan-incident-explorer-v1.3.5-2026-11-21,',
        '  author    = {{Kazakhstan Incident Explorer}},',
        '  title     = {{Documented incidents of repression in Kazakhstan}},',
        '  publisher = {Kazakhstan Incident Explorer},',
        '  version   = {1.3.5},',
        '  year      = {2026},',
        '  url       = {https://example.org/#years=2022&q=a%20b},',
        '  urldate   = {2026-11-21},',
        '  note      = {View of 23 incidents: 2022; Categories: Protest or Detention. Accessed 21 November 2026},',
        '}',
      ].join('\n'),
    );
  });

  it('uses the singular for one incident and groups large numbers', () => {
    expect(citeView({ ...INPUT, count: 1 })).toContain('View of 1 incident: ');
    expect(citeView({ ...INPUT, count: 12345 }, 'apa')).toContain('[Data set; view of 12,345 incidents: ');
  });

  it('writes APA in Russian with the Russian plural forms', () => {
    const ru = { ...INPUT, lang: 'ru' as const, view: '2022' };
    expect(citeView({ ...ru, count: 25 }, 'apa')).toBe(
      'Карта и хроника инцидентов: Казахстан. (2026). Задокументированные инциденты репрессий в Казахстане ' +
        '(Версия 1.3.5) [Набор данных; выборка (25 инцидентов): 2022]. ' +
        'Извлечено 21 ноября 2026 г. из https://example.org/#years=2022&q=a%20b',
    );
    expect(citeView({ ...ru, count: 21 }, 'apa')).toContain('выборка (21 инцидент)');
    expect(citeView({ ...ru, count: 22 }, 'apa')).toContain('выборка (22 инцидента)');
  });

  it('writes Chicago and plain text in Kazakh', () => {
    const kk = { ...INPUT, lang: 'kk' as const, view: '2022', count: 1 };
    expect(citeView(kk, 'chicago')).toBe(
      'Қазақстан: оқиғалар картасы мен хроникасы. 2026. Қазақстандағы қуғын-сүргіннің құжатталған оқиғалары. ' +
        '1.3.5 нұсқасы. Қазақстан: оқиғалар картасы мен хроникасы. Деректер жинағы, таңдама (1 оқиға): 2022. ' +
        'Қаралған күні: 2026 ж. 21 қараша. https://example.org/#years=2022&q=a%20b.',
    );
    expect(citeView(kk)).toBe(
      'Қазақстандағы қуғын-сүргіннің құжатталған оқиғалары, деректер жинағының 1.3.5 нұсқасы, ' +
        'шыққан күні: 2026 ж. 6 желтоқсан, жариялаушы: Қазақстан: оқиғалар картасы мен хроникасы. ' +
        'Таңдама (1 оқиға): 2022. https://example.org/#years=2022&q=a%20b (қаралған күні: 2026 ж. 21 қараша).',
    );
  });

  it('keeps what a reader typed as text, never as a placeholder', () => {
    const view = 'words “{{link}} $t(app.title) <b>”';
    expect(citeView({ ...INPUT, view })).toContain('View of 23 incidents: words “{{link}} $t(app.title) <b>”. https:');
  });

  it('never escapes the link outside BibTeX', () => {
    for (const style of ['plain', 'apa', 'chicago'] as const) {
      expect(citeView(INPUT, style)).toContain('https://example.org/#years=2022&q=a%20b');
    }
  });

  it('takes its words from the given translation', () => {
    const t: Translate = (key, o) => (o ? `[${key}: ${String(o.incidents ?? o.shown)}]` : `[${key}]`);
    expect(citeView(INPUT, 'apa', t)).toBe('[export.apa: [export.incidents: 23]]');
  });
});

describe('BibTeX escaping', () => {
  it('escapes every LaTeX special character, braces without unbalancing the entry', () => {
    expect(texEscape('a {b} 50% & $5 #1 x_y ^ ~ \\end')).toBe(
      'a \\textbraceleft{}b\\textbraceright{} 50\\% \\& \\$5 \\#1 x\\_y \\textasciicircum{} ' +
        '\\textasciitilde{} \\textbackslash{}end',
    );
    expect(texEscape('line\nbreak')).toBe('line break');
  });

  it('escapes what a reader typed into the search, and keeps the entry balanced', () => {
    const bib = citeView({ ...INPUT, view: 'words “}{ 100% \\”' }, 'bibtex');
    expect(bib).toContain(
      'note      = {View of 23 incidents: words “\\textbraceright{}\\textbraceleft{} 100\\% \\textbackslash{}”.',
    );
    let depth = 0;
    for (const c of bib) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('percent-encodes only braces, backslashes and spaces in the URL', () => {
    expect(bibtexUrl('https://example.org/a_b?x=1&y=%20#q={a}\\b c')).toBe(
      'https://example.org/a_b?x=1&y=%20#q=%7Ba%7D%5Cb%20c',
    );
  });

  it('keeps the key ASCII in every language', () => {
    expect(citeView({ ...INPUT, lang: 'ru' }, 'bibtex').split('\n')[0]).toBe(
      '@misc{kazakhstan-incident-explorer-v1.3.5-2026-11-21,',
    );
    expect(citeView({ ...INPUT, lang: 'kk', version: '2.0.0' }, 'bibtex').split('\n')[0]).toBe(
      '@misc{kazakhstan-incident-explorer-v2.0.0-2026-11-21,',
    );
  });
});

describe('what the panel states', () => {
  it('names the publisher, the version with its release day, and the view', () => {
    expect(citationFacts(INPUT)).toEqual({
      publisher: 'Kazakhstan Incident Explorer',
      dataset: 'version 1.3.5, released 6 December 2026',
      view: '2022; Categories: Protest or Detention (23 incidents)',
    });
    expect(citationFacts({ ...INPUT, lang: 'ru', count: 5 })).toEqual({
      publisher: 'Карта и хроника инцидентов: Казахстан',
      dataset: 'версия 1.3.5 от 6 декабря 2026 г.',
      view: '2022; Categories: Protest or Detention (5 инцидентов)',
    });
  });
});

describe('describeView', () => {
  const { dataset } = validateDataset(fixtureRaw());
  const ix = buildIndex(dataset);
  const t = i18next.getFixedT('en') as Translate;

  it('words the dates and filters as the summary line does', () => {
    const filters = { ...EMPTY_FILTERS, years: [2022], categories: ['protest' as const, 'detention' as const] };
    expect(describeView({ ...filters, text: 'a b' }, null, ix, 'en', t)).toBe(
      '2022; Categories: Protest or Detention; words “a b”',
    );
  });

  it("names the map area with its box, in the reader's language", () => {
    const filters = { ...EMPTY_FILTERS, area: [76.5, 43, 77.25, 43.5] as [number, number, number, number] };
    expect(describeView(filters, null, ix, 'en', t)).toBe('all dates; only the map area (76.5–77.25° E, 43–43.5° N)');
    const ru = i18next.getFixedT('ru') as Translate;
    expect(describeView(filters, null, ix, 'ru', ru)).toBe(
      'все даты; только видимая часть карты (76,5–77,25° в. д., 43–43,5° с. ш.)',
    );
  });

  it('says when no filter narrows the view', () => {
    expect(describeView(EMPTY_FILTERS, null, ix, 'en', t)).toBe('all dates; no other filters');
  });

  it('names a set shown alone, and says nothing of one that is only chosen', () => {
    const set = { ids: ['almaty-shutdown-2022', 'unknown-place-2025'], name: 'Two cases', shown: true };
    expect(describeView(EMPTY_FILTERS, null, ix, 'en', t, set)).toBe('all dates; the set “Two cases” (2 incidents)');
    expect(describeView(EMPTY_FILTERS, null, ix, 'en', t, { ...set, name: ' ' })).toBe(
      'all dates; a set of 2 incidents',
    );
    expect(describeView(EMPTY_FILTERS, null, ix, 'en', t, { ...set, shown: false })).toBe(
      'all dates; no other filters',
    );
    expect(describeView(EMPTY_FILTERS, null, ix, 'ru', i18next.getFixedT('ru') as Translate, set)).toBe(
      'все даты; подборка «Two cases» (2 инцидента)',
    );
  });
});
