import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildHostileDataset, HOSTILE, HOSTILE_ACTOR, HOSTILE_STORY, PAYLOAD } from '../../../e2e/fixtures/hostile';
import type { Dataset, RawDataset } from '../../data/dataset';
import { validateDataset } from '../../data/validate';
import { PAGE_LANGS, pagePath } from '../../lib/permanent-path';
import type { StaticPages } from './generate';
import { attr, pageParser } from './page-check';

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

let ds: Dataset;
let site: StaticPages;
beforeAll(() => {
  const raw = buildHostileDataset();
  // A retired id whose note is hostile, in the data's own table of redirects.
  const redirects = [{ from: 'hostile-old-id', to: HOSTILE.img.id, note: { en: PAYLOAD.script } }];
  ds = validateDataset({ ...raw, incidents: { ...raw.incidents, redirects } } as unknown as RawDataset).dataset;
  expect(ds.redirects.has('hostile-old-id')).toBe(true);
  site = generateStaticPages(ds, {
    siteUrl: 'https://example.org/explorer/',
    limit: Infinity,
    css: '',
    countries: { type: 'FeatureCollection', features: [] },
  });
}, 120_000);

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'img', 'object', 'embed', 'base', 'form', 'meta-refresh']);

describe('the hostile dataset through the page generator', () => {
  it('renders every page inert: no script, no element or attribute from the data, no script address', async () => {
    const parse = await pageParser();
    const pages = PAGE_LANGS.flatMap((lang) => [
      ...Object.values(HOSTILE)
        .filter((h) => ds.incidents.some((i) => i.id === h.id))
        .map((h) => pagePath('incidents', h.id, lang)),
      ...Object.values(HOSTILE_ACTOR).map((a) => pagePath('actors', a.id, lang)),
      pagePath('stories', HOSTILE_STORY.id, lang),
      pagePath('incidents', 'hostile-old-id', lang),
      lang === 'en' ? 'incidents/' : `${lang}/incidents/`,
    ]);
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const html = site.files.get(`${path}index.html`);
      expect(html, path).toBeDefined();
      const elements = parse(html!);
      // A real parser, not a pattern: whatever the text holds, only the generator's own elements exist.
      expect(elements.filter((el) => FORBIDDEN_TAGS.has(el.tagName)).map((el) => el.tagName)).toEqual([]);
      for (const el of elements) {
        for (const a of el.attributes) {
          expect(a.key, `${path}: <${el.tagName} ${a.key}>`).not.toMatch(/^(on|style$|srcdoc$|formaction$)/i);
        }
        for (const name of ['href', 'src']) {
          const value = attr(el, name);
          if (value !== null) expect(value, `${path}: ${name}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
      }
      expect(
        elements.filter((el) => el.tagName === 'svg').every((el) => attr(el, 'class')?.startsWith('locator ')),
      ).toBe(true);
    }
  }, 120_000);

  it('shows hostile text as text, in the page, its title and its link previews', () => {
    const html = site.files.get(`${pagePath('incidents', HOSTILE.img.id, 'en')}index.html`)!;
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; Activist detained');
    expect(html).toMatch(/<title>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; Activist/);
    expect(html).toMatch(
      /<meta property="og:title" content="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; Activist/,
    );
    expect(html).toMatch(/<meta name="twitter:title" content="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;/);
    expect(html).toMatch(
      /<meta property="og:description" content="[^"]*&lt;script&gt;window.__pwned=1&lt;\/script&gt;/,
    );
  });

  it('never interprets interpolation markers in the data', () => {
    const html = site.files.get(`${pagePath('incidents', HOSTILE.i18n.id, 'en')}index.html`)!;
    expect(html).toContain('{{count}} {{name}} {{- label}} $t(app.title) %s %d ${window.__pwned=1} people detained');
  });

  it('keeps an outside address that is not http(s) out of every link', () => {
    for (const [path, html] of site.files) {
      if (path.endsWith('.html')) expect(html, path).not.toMatch(/href="\s*(javascript|data):/i);
    }
  });

  it('writes a page for a retired id that leads to the record it was merged into', () => {
    const html = site.files.get(`${pagePath('incidents', 'hostile-old-id', 'ru')}index.html`)!;
    expect(html).toContain(`href="../../../ru/incidents/${HOSTILE.img.id}/"`);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });
});
