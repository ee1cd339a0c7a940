import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, type Dataset, type RawDataset } from '../../data/dataset';
import { validateDataset } from '../../data/validate';
import { indexPath, PAGE_LANGS, pagePath } from '../../lib/permanent-path';
import { readTranslationDir } from '../translation-files';
import type { StaticPages } from './generate';
import { brokenLinks, referencesOf } from './page-check';

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

let ds: Dataset;
let site: StaticPages;
beforeAll(() => {
  ds = shippedDataset();
  // With the translations, read as the build reads them, so the pages checked are the pages shipped.
  const translations = readTranslationDir(join(root, 'data')).files;
  site = generateStaticPages(ds, { siteUrl: null, limit: Infinity, css, countries: empty, translations });
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
      indexPath(lang),
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
    expect(result.pages).toBe(3);
    expect([...result.files.keys()].sort()).toEqual([
      'incidents/index.html',
      'kk/incidents/index.html',
      'ru/incidents/index.html',
      'static/pages.css',
    ]);
    expect(result.files.get('incidents/index.html')).toContain('100000 incidents, more than the limit of 5000');
    const capped = generateStaticPages(ds, { siteUrl: null, limit: 10, css, countries: empty });
    expect(capped.pages).toBe(3);
  });
});
