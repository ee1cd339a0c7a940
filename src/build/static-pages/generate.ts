/**
 * Static pages for readers without JavaScript, archives, search engines and
 * link previews: plain HTML with no script, rendered by React's server
 * renderer (which escapes every piece of dataset text) from the validated
 * dataset, in every interface language.
 */
import { createHash } from 'node:crypto';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FeatureCollection } from 'geojson';
import type { Dataset } from '../../data/dataset.ts';
import type { TranslationFiles } from '../../data/translation-schema.ts';
import { applyTranslations } from '../../data/translations.ts';
import { CATEGORY_STYLE } from '../../ui/categories.ts';
import { indexPath, PAGE_LANGS, pagePath, type PageKind, type PageLang } from '../../lib/permanent-path.ts';
import { IncidentPage } from './incident-page.tsx';
import { HomePage, homePath } from './home-page.tsx';
import { IndexPage } from './index-page.tsx';
import { Page, STYLESHEET, type PageContext } from './layout.tsx';
import { LOCATOR_FILES, locatorBasemap } from './locator-map.tsx';
import { pageT } from './page-i18n.ts';
import { ActorPage, CasePage, RetiredPage, SourcePage, StoryPage } from './record-pages.tsx';
import { buildSite, type Site } from './site.ts';
import { ChangesPage, changesPath, type PageChangelog } from './changes-page.tsx';

/** Above this many incidents (synthetic benchmark data) only a notice page is written, unless told otherwise. */
export const DEFAULT_PAGE_LIMIT = 5_000;

export interface StaticPagesOptions {
  /** Absolute base address of the site ("https://example.org/explorer/"), or null for relative links only. */
  siteUrl: string | null;
  /** Most incidents to write pages for; a larger dataset gets a notice page in each language instead. */
  limit: number;
  /** The shared stylesheet. */
  css: string;
  /** The app's basemap (the same shapes the live map draws). */
  countries: FeatureCollection;
  /**
   * The dataset's translations, checked as the app checks them (readTranslationFiles); laid over
   * the dataset here as the app lays them, so a page shows what the explorer shows. None: English.
   */
  translations?: TranslationFiles;
  /** The changelog per page language (see changelog-files.ts); none: no changes/ page. */
  changelog?: Record<PageLang, PageChangelog>;
}

export interface StaticPages {
  /** Path from the site's base → content. */
  files: Map<string, string>;
  /** HTML pages among the files. */
  pages: number;
  /** Why pages were not generated, when they were not. */
  skipped: string | null;
}

/** Reads the page limit from the build's environment: a number, "all", or "off"/"0". */
export function pageLimitFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PAGE_LIMIT;
  if (value === 'all') return Infinity;
  if (value === 'off') return 0;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : DEFAULT_PAGE_LIMIT;
}

/** A base address with exactly one trailing slash, or null when it is not an http(s) address. */
export function normaliseSiteUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = '';
    url.search = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}

function categoryCss(): string {
  return Object.entries(CATEGORY_STYLE)
    .map(([id, style]) => `.cat-${id} { --cat: ${style.color}; }`)
    .join('\n');
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type DatasetHead = Pick<Dataset, 'version' | 'updated'> & { incidents: { length: number } };

function writer(ds: DatasetHead, opts: Pick<StaticPagesOptions, 'siteUrl' | 'css' | 'changelog'>) {
  const files = new Map<string, string>();
  const stylesheet = `${opts.css}\n/* Category colours, from src/lib/categories.ts. */\n${categoryCss()}\n`;
  files.set(STYLESHEET, stylesheet);
  const integrity = `sha384-${createHash('sha384').update(stylesheet, 'utf8').digest('base64')}`;
  let pages = 0;
  const base = (lang: PageLang, path: string, alternates: PageContext['alternates']): PageContext => ({
    lang,
    t: pageT(lang),
    path,
    siteUrl: opts.siteUrl,
    version: ds.version,
    updated: ds.updated,
    alternates,
    integrity,
    changesPage: opts.changelog !== undefined,
  });
  const write = (path: string, element: ReactElement) => {
    files.set(`${path}index.html`, `<!DOCTYPE html>\n${renderToStaticMarkup(element)}\n`);
    pages++;
  };
  const perLang = (pathOf: (lang: PageLang) => string, render: (ctx: PageContext) => ReactElement) => {
    const alternates = Object.fromEntries(PAGE_LANGS.map((l) => [l, pathOf(l)]));
    for (const lang of PAGE_LANGS) write(pathOf(lang), render(base(lang, pathOf(lang), alternates)));
  };
  /**
   * The roots of the Russian and Kazakh pages (ru/, kk/). Never the English one: the site's base
   * holds the app's own index.html, which must not be overwritten; it stays their English alternate.
   */
  const homes = (site: Site | null) => {
    const alternates = Object.fromEntries(PAGE_LANGS.map((l) => [l, homePath(l)]));
    for (const lang of PAGE_LANGS) {
      if (lang !== 'en')
        write(homePath(lang), createElement(HomePage, { site, ctx: base(lang, homePath(lang), alternates) }));
    }
  };
  return { files, perLang, homes, pages: () => pages };
}

/**
 * For a dataset over the limit (synthetic benchmark data): one page per
 * language that says so, at the index's address, and the Russian and Kazakh
 * roots that lead to it, so no link leads nowhere.
 * Needs only the dataset's head, so a huge dataset is not validated for it.
 */
export function noticePages(ds: DatasetHead, opts: Pick<StaticPagesOptions, 'siteUrl' | 'css' | 'limit'>): StaticPages {
  const { files, perLang, homes, pages } = writer(ds, opts);
  homes(null);
  perLang(indexPath, (ctx) =>
    createElement(
      Page,
      { ctx, meta: { title: ctx.t('pages.allIncidents'), description: ctx.t('app.tagline'), type: 'website' } },
      createElement('h1', null, ctx.t('pages.allIncidents')),
      createElement('p', null, ctx.t('pages.notGenerated', { count: ds.incidents.length, limit: opts.limit })),
    ),
  );
  return { files, pages: pages(), skipped: `${ds.incidents.length} incidents, more than the limit of ${opts.limit}` };
}

export function generateStaticPages(ds: Dataset, opts: StaticPagesOptions): StaticPages {
  const { files, perLang, homes, pages } = writer(ds, opts);

  if (ds.incidents.length > opts.limit) return noticePages(ds, opts);

  for (const [view, file] of Object.entries(LOCATOR_FILES)) {
    files.set(file, locatorBasemap(view as keyof typeof LOCATOR_FILES, opts.countries));
  }
  const site = buildSite(ds, applyTranslations(ds, opts.translations ?? {}));
  const record = (kind: PageKind, id: string, render: (ctx: PageContext) => ReactElement) =>
    perLang((lang) => pagePath(kind, id, lang), render);

  homes(site);
  perLang(indexPath, (ctx) => createElement(IndexPage, { site, ctx }));
  for (const i of site.order)
    record('incidents', ds.incidents[i]!.id, (ctx) => createElement(IncidentPage, { site, i, ctx }));
  for (const actor of ds.actors.values()) {
    if (site.byActor.has(actor.id)) record('actors', actor.id, (ctx) => createElement(ActorPage, { site, actor, ctx }));
  }
  const changelog = opts.changelog;
  if (changelog)
    perLang(changesPath, (ctx) => createElement(ChangesPage, { site, changelog: changelog[ctx.lang], ctx }));
  for (const story of ds.narratives)
    record('stories', story.id, (ctx) => createElement(StoryPage, { site, story, ctx }));
  for (const id of ds.sources.keys()) {
    if (site.bySource.has(id)) record('sources', id, (ctx) => createElement(SourcePage, { site, id, ctx }));
  }
  for (const c of ds.cases.values()) {
    if (site.byCase.has(c.id)) record('cases', c.id, (ctx) => createElement(CasePage, { site, record: c, ctx }));
  }
  // A published id that was renamed or merged keeps a page that leads on (validation made sure
  // the old id names no record of its own and the new one does).
  for (const redirect of ds.redirects.values())
    record('incidents', redirect.from, (ctx) => createElement(RetiredPage, { redirect, ctx }));

  if (opts.siteUrl) {
    const urls = [...files.keys()]
      .filter((p) => p.endsWith('index.html'))
      .map((p) => new URL(p.slice(0, -'index.html'.length), opts.siteUrl!).href);
    files.set(
      'sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
        .map((u) => `  <url><loc>${xmlEscape(u)}</loc><lastmod>${xmlEscape(ds.updated)}</lastmod></url>`)
        .join('\n')}\n</urlset>\n`,
    );
  }
  return { files, pages: pages(), skipped: null };
}
