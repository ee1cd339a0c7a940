import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, type Dataset, type RawDataset } from '../../data/dataset';
import { validateDataset } from '../../data/validate';
import { indexPath, PAGE_LANGS, pagePath } from '../../lib/permanent-path';
import { readTranslationDir } from '../translation-files';
import type { StaticPages } from './generate';
import { attr, brokenLinks, decode, pageParser, referencesOf } from './page-check';

const root = join(import.meta.dirname, '..', '..', '..');
const css = readFileSync(join(import.meta.dirname, 'pages.css'), 'utf8');
const empty = { type: 'FeatureCollection' as const, features: [] };

function shippedDataset(): Dataset {
  const raw: Partial<RawDataset> = {};
  for (const { key, file } of DATA_FILES) raw[key] = JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
  return validateDataset(raw as RawDataset).dataset;
}

// The build renders with React's production server renderer; the development one is ten times slower here.
// Test mode compiles JSX for the development runtime, which the production build of React does not have.
process.env['NODE_ENV'] = 'production';
vi.mock('react/jsx-dev-runtime', async () => {
  const runtime = await import('react/jsx-runtime');
  return {
    Fragment: runtime.Fragment,
    jsxDEV: (type: never, props: never, key: never) => runtime.jsx(type, props, key),
  };
});
const { generateStaticPages, noticePages, normaliseSiteUrl, pageLimitFrom } = await import('./generate');
const { DateText } = await import('./parts');
// Imported after NODE_ENV too: the page modules load React.
const { changesPath } = await import('./changes-page');
const { pageChangelog } = await import('../changelog-files');

let ds: Dataset;
let site: StaticPages;
beforeAll(() => {
  ds = shippedDataset();
  // With the translations, read as the build reads them, so the pages checked are the pages shipped.
  const translations = readTranslationDir(join(root, 'data')).files;
  site = generateStaticPages(ds, {
    siteUrl: null,
    limit: Infinity,
    css,
    countries: empty,
    translations,
    changelog: pageChangelog(join(root, 'data')),
  });
}, 120_000);

describe('static pages from the shipped dataset', () => {
  it('writes every incident, person, story, source and case in every language', () => {
    for (const lang of PAGE_LANGS) {
      expect(site.files.has(`${indexPath(lang)}index.html`)).toBe(true);
      for (const inc of ds.incidents)
        expect(site.files.has(`${pagePath('incidents', inc.id, lang)}index.html`)).toBe(true);
      for (const n of ds.narratives) expect(site.files.has(`${pagePath('stories', n.id, lang)}index.html`)).toBe(true);
      for (const id of ds.sources.keys())
        expect(site.files.has(`${pagePath('sources', id, lang)}index.html`)).toBe(true);
      // A retired id keeps a page that leads on to its record.
      for (const r of ds.redirects.values())
        expect(site.files.get(`${pagePath('incidents', r.from, lang)}index.html`)).toContain(
          `${pagePath('incidents', r.to, lang)}"`,
        );
    }
    expect(ds.redirects.size).toBeGreaterThan(0);
    expect(site.pages).toBe([...site.files.keys()].filter((p) => p.endsWith('.html')).length);
  });

  it('links every incident from the index, once', () => {
    for (const lang of PAGE_LANGS) {
      const links = referencesOf(site.files.get(`${indexPath(lang)}index.html`)!).filter((h) =>
        /^(\.\.\/)+([a-z]{2}\/)?incidents\/[^/]+\/$/.test(h),
      );
      expect(links).toHaveLength(ds.incidents.length);
      expect(new Set(links).size).toBe(ds.incidents.length);
    }
  });

  it('has no broken internal link on any page', () => {
    const { problems, checked } = brokenLinks(site.files, new Set(['index.html', 'favicon.svg']), {
      incidents: new Set(ds.incidents.map((i) => i.id)),
      actors: new Set(ds.actors.keys()),
      stories: new Set(ds.narratives.map((n) => n.id)),
    });
    expect(checked).toBeGreaterThan(site.pages * 10);
    expect(problems).toEqual([]);
  });

  it('finds a broken link when a page is missing', () => {
    const files = new Map(site.files);
    files.delete(`${pagePath('incidents', ds.incidents[0]!.id, 'kk')}index.html`);
    const { problems } = brokenLinks(files, new Set(['index.html', 'favicon.svg']), {
      incidents: new Set(ds.incidents.map((i) => i.id)),
      actors: new Set(ds.actors.keys()),
      stories: new Set(ds.narratives.map((n) => n.id)),
    });
    expect(problems.length).toBeGreaterThan(0);
  });

  it('is valid HTML (index and one page of each kind, in every language)', async () => {
    const validator = new HtmlValidate(
      new StaticConfigLoader({
        extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
        rules: {
          // React writes void elements as <meta/> and some attribute names in camel case (charSet, hrefLang); both are valid HTML.
          'void-style': 'off',
          'attr-case': 'off',
          // Page titles are the record's own title, which may be long.
          'long-title': 'off',
        },
      }),
    );
    const sample = PAGE_LANGS.flatMap((lang) => [
      ...(lang === 'en' ? [] : [`${lang}/`]),
      indexPath(lang),
      changesPath(lang),
      pagePath('incidents', ds.disputes[0]!.incidents[0]!, lang),
      pagePath('incidents', ds.incidents.find((i) => i.place === null)!.id, lang),
      pagePath('actors', ds.incidents[0]!.actors[0]!.actor, lang),
      pagePath('stories', ds.narratives[0]!.id, lang),
      pagePath('sources', [...ds.sources.keys()][0]!, lang),
      pagePath('incidents', [...ds.redirects.keys()][0]!, lang),
      pagePath(
        'cases',
        [...ds.cases.keys()].find((c) => ds.incidents.some((i) => i.cases.includes(c)))!,
        lang,
      ),
    ]);
    for (const path of sample) {
      const report = await validator.validateString(site.files.get(`${path}index.html`)!, path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    }
  }, 60_000);

  it('allows no script and no inline style, and sends no referrer', () => {
    for (const [path, html] of site.files) {
      if (!path.endsWith('.html')) continue;
      expect(html).not.toMatch(/<(script|style|iframe|object|embed|base)[\s>]/);
      expect(html).not.toMatch(/\s(style|on[a-z]+)="/);
      expect(html).toContain(`content="default-src &#x27;none&#x27;; style-src &#x27;self&#x27;`);
      expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    }
  });
});

describe('the changelog page', () => {
  it('lists every version, links each corrected record to its page by its current id, and is linked from every footer', () => {
    const text = readFileSync(join(root, 'data', 'changelog.md'), 'utf8');
    const versions = [...text.matchAll(/^## (\d+\.\d+\.\d+) /gm)].map((m) => m[1]!);
    for (const lang of PAGE_LANGS) {
      const page = site.files.get(`${changesPath(lang)}index.html`)!;
      for (const v of versions) expect(page).toContain(`id="v${v}"`);
      // An entry under a retired id (1.2.0 names 2025-defence-…, renamed in 1.3.0) leads to the record it became.
      expect(page).toContain(
        `href="../${lang === 'en' ? '' : '../'}${pagePath('incidents', '2024-defence-ministry-denies-false-brigades-claims', lang)}"`,
      );
      expect(site.files.get(`${indexPath(lang)}index.html`)).toContain(`${changesPath(lang)}"`);
    }
    expect(site.files.get('ru/changes/index.html')).toContain('Причина:');
    expect(site.files.get('changes/index.html')).toContain('<code>disinformation</code>');
  });
});

describe('the root page of each language', () => {
  let parse: (html: string) => HtmlElement[];
  beforeAll(async () => {
    parse = await pageParser();
  });
  const text = (el: HtmlElement | null | undefined) =>
    decode(el?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  /** The links of the navigation landmark named `label` (by aria-label or by the heading it points to), as [text, href]. */
  const navLinks = (els: HtmlElement[], label: string) => {
    const nameOf = (nav: HtmlElement) => {
      const by = attr(nav, 'aria-labelledby');
      return by === null ? attr(nav, 'aria-label') : text(els.find((el) => el.id === by));
    };
    const nav = els.find((el) => el.tagName === 'nav' && nameOf(el) === label);
    expect(nav, label).toBeDefined();
    return nav!.querySelectorAll('a').map((a) => [text(a), attr(a, 'href')]);
  };
  const h1s = (els: HtmlElement[]) => els.filter((el) => el.tagName === 'h1').map(text);

  /** The app's index.html, the root a reader without JavaScript sees in English, as the browser shows it. */
  const shell = readFileSync(join(root, 'index.html'), 'utf8');
  const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(shell)?.[1] ?? '';

  it('English (the app shell without JavaScript): a title, one heading, what it is, and links to every list', async () => {
    expect(/<title>(.*)<\/title>/.exec(shell)?.[1]).toBe('Kazakhstan Incident Explorer');
    // The generator writes the other roots beside it, never over it.
    expect(site.files.has('index.html')).toBe(false);
    const report = await new HtmlValidate(
      new StaticConfigLoader({ extends: ['html-validate:standard', 'html-validate:a11y'] }),
    ).validateString(noscript, 'index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    const els = parse(noscript);
    expect(els.filter((el) => el.tagName === 'main')).toHaveLength(1);
    expect(h1s(els)).toEqual(['Kazakhstan Incident Explorer']);
    expect(els.filter((el) => el.tagName === 'p').map(text)).toEqual([
      'Documented repression, 1986–2026, with the sources behind each incident',
      'The interactive explorer shows these incidents on a map and a timeline, and needs JavaScript. Every incident, with its sources, can also be read on the pages below, which need no JavaScript and whose addresses never change.',
    ]);
    expect(navLinks(els, 'Read without JavaScript')).toEqual([
      ['All incidents, by year', './incidents/'],
      ['People and organisations', './incidents/#actors'],
      ['Sources', './incidents/#sources'],
      ['Stories', './incidents/#stories'],
      ['Cases', './incidents/#cases'],
    ]);
    expect(navLinks(els, 'Read in another language')).toEqual([
      ['Русский', './ru/'],
      ['Қазақша', './kk/'],
    ]);
    // Each name of another language is marked as that language, for its pronunciation.
    expect(els.filter((el) => el.tagName === 'a' && attr(el, 'hreflang')).map((a) => attr(a, 'lang'))).toEqual([
      'ru',
      'kk',
    ]);
  });

  it('Russian and Kazakh: a page of their own with the same parts, in their language', () => {
    const expected = {
      ru: {
        title: 'Карта и хроника инцидентов: Казахстан',
        lead: 'Задокументированные репрессии 1986–2026 годов с источниками по каждому инциденту',
        nav: 'Читать без JavaScript',
        links: [
          ['Все инциденты по годам', '../ru/incidents/'],
          ['Люди и организации', '../ru/incidents/#actors'],
          ['Источники', '../ru/incidents/#sources'],
          ['Сюжеты', '../ru/incidents/#stories'],
          ['Дела', '../ru/incidents/#cases'],
        ],
      },
      kk: {
        title: 'Қазақстан: оқиғалар картасы мен хроникасы',
        lead: '1986–2026 жылдардағы құжатталған қуғын-сүргін және әр оқиғаның дереккөздері',
        nav: 'JavaScript-сіз оқу',
        links: [
          ['Барлық оқиғалар, жылдар бойынша', '../kk/incidents/'],
          ['Адамдар мен ұйымдар', '../kk/incidents/#actors'],
          ['Дереккөздер', '../kk/incidents/#sources'],
          ['Баяндар', '../kk/incidents/#stories'],
          ['Істер', '../kk/incidents/#cases'],
        ],
      },
    };
    for (const [lang, want] of Object.entries(expected)) {
      const html = site.files.get(`${lang}/index.html`)!;
      expect(html, lang).toBeDefined();
      const els = parse(html);
      const doc = els.find((el) => el.tagName === 'html')!;
      expect(attr(doc, 'lang')).toBe(lang);
      // The site's name once, not "name · name".
      expect(text(els.find((el) => el.tagName === 'title'))).toBe(want.title);
      expect(h1s(els)).toEqual([want.title]);
      expect(text(els.find((el) => el.classList.contains('lead')))).toBe(want.lead);
      expect(navLinks(els, want.nav)).toEqual(want.links);
      expect(navLinks(els, lang === 'ru' ? 'Читать на другом языке' : 'Басқа тілде оқу')).toEqual([
        ['English', '../'],
        ['Русский', '../ru/'],
        ['Қазақша', '../kk/'],
      ]);
      expect(els.filter((el) => el.tagName === 'main')).toHaveLength(1);
    }
  });

  it('leads from the English root to the same places as from the others, and every link arrives', () => {
    // Paths from the site's base, the language's own prefix taken off.
    const places = (html: string, lang: string) =>
      navLinks(
        parse(html),
        lang === 'en' ? 'Read without JavaScript' : lang === 'ru' ? 'Читать без JavaScript' : 'JavaScript-сіз оқу',
      )
        .map(([, to]) => new URL(to!, `http://site.test/${lang === 'en' ? '' : `${lang}/`}`))
        .map((u) => `${u.pathname.replace(/^\/(ru|kk)\//, '/')}${u.hash}`);
    const english = places(noscript, 'en');
    expect(english).toHaveLength(5);
    expect(places(site.files.get('ru/index.html')!, 'ru')).toEqual(english);
    expect(places(site.files.get('kk/index.html')!, 'kk')).toEqual(english);

    const files = new Map(site.files).set('index.html', noscript);
    const known = {
      incidents: new Set(ds.incidents.map((i) => i.id)),
      actors: new Set(ds.actors.keys()),
      stories: new Set(ds.narratives.map((n) => n.id)),
    };
    expect(brokenLinks(files, new Set(['favicon.svg']), known).problems).toEqual([]);
    // The check reads the part of the page a link names: without the section, the root's link is broken.
    files.set('ru/incidents/index.html', site.files.get('ru/incidents/index.html')!.replace(' id="actors"', ''));
    expect(brokenLinks(files, new Set(['favicon.svg']), known).problems).toEqual([
      { page: 'ru/index.html', link: '../ru/incidents/#actors', problem: 'no element with this id on that page' },
    ]);
  });
});

describe('words kept whole', () => {
  it('the stylesheet breaks a word only when it is too long for a line, never to narrow a column', () => {
    const strip = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    // Innermost rules (inside @media too), as [selector, declarations].
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [strip(m[1]!), strip(m[2]!)] as const);
    const anywhere = rules.filter(([, body]) => /overflow-wrap:\s*anywhere|word-break:\s*break-all/.test(body));
    // Only a printed address, written out after its link, may break anywhere.
    expect(anywhere.map(([selector]) => selector)).toEqual(['a.outside::after']);
    expect(rules.find(([selector]) => selector === 'body')?.[1]).toContain('overflow-wrap: break-word;');
  });

  it('a date range breaks after its dash, never inside either end', () => {
    expect(renderToStaticMarkup(createElement(DateText, { text: '2025 ж. қар. – 2026 ж. қаң.' }))).toBe(
      '<span class="nowrap">2025 ж. қар. –</span> <span class="nowrap">2026 ж. қаң.</span>',
    );
    expect(renderToStaticMarkup(createElement(DateText, { text: '17–19 дек. 1986 г.' }))).toBe(
      '<span class="nowrap">17–19 дек. 1986 г.</span>',
    );
  });
});

describe('the site address', () => {
  it('without SITE_URL: relative links only, no og:url, no sitemap', () => {
    const html = site.files.get(`${pagePath('incidents', ds.incidents[0]!.id, 'en')}index.html`)!;
    expect(html).not.toMatch(/og:url|https?:\/\/[^"]*\/incidents\//);
    expect(site.files.has('sitemap.xml')).toBe(false);
  });

  it('with SITE_URL: absolute canonical, alternates, og:url and a sitemap of every page', () => {
    const siteUrl = normaliseSiteUrl('https://example.org/explorer')!;
    const abs = generateStaticPages(ds, { siteUrl, limit: Infinity, css, countries: empty });
    const id = ds.incidents[0]!.id;
    const html = abs.files.get(`${pagePath('incidents', id, 'ru')}index.html`)!;
    expect(html).toContain(`<link rel="canonical" href="https://example.org/explorer/ru/incidents/${id}/"/>`);
    expect(html).toContain(`<meta property="og:url" content="https://example.org/explorer/ru/incidents/${id}/"/>`);
    expect(html).toContain(`hrefLang="kk" href="https://example.org/explorer/kk/incidents/${id}/"`);
    const sitemap = abs.files.get('sitemap.xml')!;
    expect(sitemap.match(/<loc>/g)).toHaveLength(abs.pages);
  }, 60_000);

  it('reads settings leniently', () => {
    expect(normaliseSiteUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseSiteUrl('https://a.example/x?y#z')).toBe('https://a.example/x/');
    expect(pageLimitFrom(undefined)).toBe(5000);
    expect(pageLimitFrom('all')).toBe(Infinity);
    expect(pageLimitFrom('off')).toBe(0);
    expect(pageLimitFrom('120')).toBe(120);
  });
});

describe('over the page limit', () => {
  it('writes one notice per language at the index address and nothing else', () => {
    const result = noticePages(
      { version: '9.9.9', updated: '2026', incidents: { length: 100_000 } },
      { siteUrl: null, css, limit: 5000 },
    );
    expect(result.pages).toBe(5);
    expect([...result.files.keys()].sort()).toEqual([
      'incidents/index.html',
      'kk/incidents/index.html',
      'kk/index.html',
      'ru/incidents/index.html',
      'ru/index.html',
      'static/pages.css',
    ]);
    expect(result.files.get('incidents/index.html')).toContain('100000 incidents, more than the limit of 5000');
    // The roots stay, leading only to the notice: the index has no lists for their other links.
    const root = referencesOf(result.files.get('ru/index.html')!);
    expect(root).toContain('../ru/incidents/');
    expect(root.filter((h) => h.includes('incidents/#'))).toEqual([]);
    const capped = generateStaticPages(ds, { siteUrl: null, limit: 10, css, countries: empty });
    expect(capped.pages).toBe(5);
  });
});
