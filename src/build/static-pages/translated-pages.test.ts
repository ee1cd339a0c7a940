/**
 * The pages without JavaScript against the data files themselves: a Kazakh
 * page shows what kk.json translates, and the index counts years as the app
 * does. Expected values are read here from the JSON, never through the code
 * under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, type RawDataset } from '../../data/dataset';
import { validateDataset } from '../../data/validate';
import { en } from '../../lib/locales/en';
import { indexPath, pagePath } from '../../lib/permanent-path';
import { readTranslationDir } from '../translation-files';
import type { StaticPages } from './generate';
import { decode, pageParser } from './page-check';

const root = join(import.meta.dirname, '..', '..', '..');
const readData = <T>(file: string): T => JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as T;

interface Entry {
  text: string;
  status: string;
  en: string;
}
interface RawIncident {
  id: string;
  date: string;
  title: { en: string };
  dateNote?: string;
  sources: { quotes: { text: string; lang: string }[] }[];
}
const kk = readData<{ entries: Record<string, Entry> }>('translations/kk.json').entries;
const incidents = readData<{ incidents: RawIncident[] }>('incidents.json').incidents;

// As in generate.test.ts: render with React's production server renderer, as the build does.
process.env['NODE_ENV'] = 'production';
vi.mock('react/jsx-dev-runtime', async () => {
  const runtime = await import('react/jsx-runtime');
  return {
    Fragment: runtime.Fragment,
    jsxDEV: (type: never, props: never, key: never) => runtime.jsx(type, props, key),
  };
});
const { generateStaticPages } = await import('./generate');

const emptyMap = { type: 'FeatureCollection' as const, features: [] };
let site: StaticPages;
let parse: (html: string) => HtmlElement[];
beforeAll(async () => {
  const raw: Partial<RawDataset> = {};
  for (const { key, file } of DATA_FILES) raw[key] = readData(file);
  const ds = validateDataset(raw as RawDataset).dataset;
  const translations = readTranslationDir(join(root, 'data')).files;
  site = generateStaticPages(ds, { siteUrl: null, limit: Infinity, css: '', countries: emptyMap, translations });
  parse = await pageParser();
}, 120_000);

function page(path: string): HtmlElement[] {
  const html = site.files.get(`${path}index.html`);
  expect(html, path).toBeDefined();
  return parse(html!);
}

const text = (el: HtmlElement | null | undefined) => decode(el?.textContent ?? '');

/** A current translation: one whose English is still the record's English. */
function current(key: string, english: string | undefined): Entry | undefined {
  const entry = kk[key];
  return entry && english !== undefined && entry.en === english ? entry : undefined;
}

describe('a Kazakh page', () => {
  // An incident whose title and date note kk.json both translate, from the English the record holds now.
  const incident = incidents.find(
    (i) => current(`incidents/${i.id}/title`, i.title.en) && current(`incidents/${i.id}/dateNote`, i.dateNote),
  );

  it('shows the title kk.json gives, marked as a draft when it is one', () => {
    expect(incident).toBeDefined();
    const entry = kk[`incidents/${incident!.id}/title`]!;
    const h1 = page(pagePath('incidents', incident!.id, 'kk')).find((el) => el.tagName === 'h1')!;
    const title = h1.querySelector('bdi');
    expect(text(title)).toBe(entry.text);
    expect(text(title)).not.toBe(incident!.title.en);
    // Kazakh text on a Kazakh page: not marked as English.
    expect(title?.getAttribute('lang')).toBeNull();
    expect(h1.querySelector('.draft-marker') !== null).toBe(entry.status === 'draft');
    expect(h1.querySelector('.fallback-marker')).toBeNull();
  });

  it('shows the date note kk.json gives', () => {
    const entry = kk[`incidents/${incident!.id}/dateNote`]!;
    const notes = page(pagePath('incidents', incident!.id, 'kk')).filter((el) => el.classList.contains('fact-note'));
    expect(notes.map((el) => text(el.querySelector('bdi')))).toContain(entry.text);
  });
});

describe('quotes on a Kazakh page', () => {
  it('keep the English original verbatim and give the translation kk.json has beside it', () => {
    const withQuote = incidents.find((i) => {
      const q = i.sources[0]?.quotes[0];
      return q?.lang === 'en' && current(`incidents/${i.id}/sources.0.quotes.0.text`, q.text);
    });
    expect(withQuote).toBeDefined();
    const quote = withQuote!.sources[0]!.quotes[0]!;
    const entry = kk[`incidents/${withQuote!.id}/sources.0.quotes.0.text`]!;
    const figure = page(pagePath('incidents', withQuote!.id, 'kk')).find(
      (el) => el.tagName === 'figure' && text(el.querySelector('blockquote')) === quote.text,
    );
    expect(figure).toBeDefined();
    expect(figure!.querySelector('blockquote')?.getAttributeValue('lang')).toBe('en');
    expect(text(figure!.querySelector('.quote-in-lang [lang="kk"]'))).toBe(entry.text);
  });
});

describe('the index', () => {
  it('counts an incident in every year its date touches, as the explorer does', () => {
    // Counted here from the dates as written: "A" or "A/B", each part starting with its year.
    const expected = new Map<number, number>();
    for (const { date } of incidents) {
      const [from = '', to = from] = date.split('/');
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
        expected.set(y, (expected.get(y) ?? 0) + 1);
    }
    const tables = page(indexPath('en')).filter((el) => el.tagName === 'table');
    const byYear = tables.find((t) => text(t.querySelector('caption')) === en.pages.byYear);
    expect(byYear).toBeDefined();
    const shown = new Map(
      byYear!
        .querySelectorAll('tbody tr')
        .map((tr) => [Number(text(tr.querySelector('th'))), Number(text(tr.querySelector('td')).replace(/\D/g, ''))]),
    );
    expect([...shown].sort((a, b) => a[0] - b[0])).toEqual([...expected].sort((a, b) => a[0] - b[0]));
    // The shipped data has incidents that run into a later year; without them this would prove nothing.
    expect(
      incidents.some((i) => i.date.includes('/') && i.date.slice(0, 4) !== i.date.split('/')[1]!.slice(0, 4)),
    ).toBe(true);
  });
});
