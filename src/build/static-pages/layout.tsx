/**
 * The frame every static page shares: a head with a policy that allows no
 * script and no inline style, link previews (Open Graph, Twitter card), the
 * canonical address and its translations; a body with the site name, the
 * language switch, the content and a footer with the dataset version.
 */
import type { ReactNode } from 'react';
import { indexPath, PAGE_LANGS, relativePath, type PageLang } from '../../lib/permanent-path.ts';
import { explorerLink } from './explorer-links.ts';
import { OG_LOCALE, type PageT } from './page-i18n.ts';

/** No script at all, no inline style, nothing from another origin. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

export const STYLESHEET = 'static/pages.css';

export interface PageContext {
  lang: PageLang;
  t: PageT;
  /** This page's path from the site's base, e.g. "ru/incidents/<id>/". */
  path: string;
  /** Absolute base address ending in "/", when the build was given one. */
  siteUrl: string | null;
  version: string;
  updated: string;
  /**
   * The page's path in each language (all three exist unless a page is language-less). "" is the
   * site's base: the English root is the app, whose <noscript> stands in for a page of its own.
   */
  alternates: Partial<Record<PageLang, string>>;
  /** Whether the build wrote the changelog's page (changes/), linked from every footer. */
  changesPage?: boolean;
  /** Subresource integrity of the shared stylesheet, so a changed file is not applied. */
  integrity: string;
}

/** A link from this page to another path of the site. */
export function href(ctx: PageContext, to: string): string {
  return relativePath(ctx.path, to);
}

function absolute(ctx: PageContext, to: string): string | null {
  return ctx.siteUrl ? new URL(to, ctx.siteUrl).href : null;
}

/** The address to cite: absolute when the site's address is known, else the path from its base. */
export function permanentAddress(ctx: PageContext): string {
  return absolute(ctx, ctx.path) ?? `/${ctx.path}`;
}

export interface Meta {
  title: string;
  description: string;
  /** og:type: "article" for a record, "website" for the index. */
  type: 'article' | 'website';
}

const LANG_NAMES: Record<PageLang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

function Head({ ctx, meta }: { ctx: PageContext; meta: Meta }) {
  const site = ctx.t('app.title');
  const url = absolute(ctx, ctx.path);
  const alt = (to: string) => absolute(ctx, to) ?? href(ctx, to);
  const description = meta.description.length > 300 ? `${meta.description.slice(0, 297)}…` : meta.description;
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta httpEquiv="Content-Security-Policy" content={PAGE_CSP} />
      <meta name="referrer" content="no-referrer" />
      {/* A root page's title is the site's name: said once, not "name · name". */}
      <title>{meta.title === site ? site : `${meta.title} · ${site}`}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url ?? './'} />
      {PAGE_LANGS.map((l) => {
        const to = ctx.alternates[l];
        return to === undefined ? null : <link key={l} rel="alternate" hrefLang={l} href={alt(to)} />;
      })}
      {ctx.alternates.en !== undefined && <link rel="alternate" hrefLang="x-default" href={alt(ctx.alternates.en)} />}
      <meta property="og:site_name" content={site} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:locale" content={OG_LOCALE[ctx.lang]} />
      {PAGE_LANGS.filter((l) => l !== ctx.lang && ctx.alternates[l] !== undefined).map((l) => (
        <meta key={l} property="og:locale:alternate" content={OG_LOCALE[l]} />
      ))}
      {url && <meta property="og:url" content={url} />}
      {meta.type === 'article' && <meta property="article:modified_time" content={ctx.updated} />}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={meta.title} />
      <meta name="twitter:description" content={description} />
      <link rel="stylesheet" href={href(ctx, STYLESHEET)} integrity={ctx.integrity} />
      <link rel="icon" href={href(ctx, 'favicon.svg')} type="image/svg+xml" />
    </head>
  );
}

export function Page({ ctx, meta, children }: { ctx: PageContext; meta: Meta; children?: ReactNode }) {
  const { t, lang } = ctx;
  return (
    <html lang={lang}>
      <Head ctx={ctx} meta={meta} />
      <body>
        <a className="skip-link" href="#main">
          {t('pages.skip')}
        </a>
        <header className="site-header">
          <p className="site-name">
            <a href={href(ctx, indexPath(lang))}>{t('app.title')}</a>
          </p>
          <nav aria-label={t('pages.languages')} className="lang-nav">
            <ul>
              {PAGE_LANGS.map((l) => {
                const to = ctx.alternates[l];
                if (to === undefined) return null;
                return (
                  <li key={l}>
                    <a href={href(ctx, to)} hrefLang={l} lang={l} aria-current={l === lang ? 'page' : undefined}>
                      {LANG_NAMES[l]}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>{t('pages.version', { version: ctx.version, updated: ctx.updated })}</p>
          {lang !== 'en' && <p>{t('pages.fallbackNote')}</p>}
          <p>
            <a href={href(ctx, indexPath(lang))}>{t('pages.allIncidents')}</a> ·{' '}
            <a href={explorerLink(ctx.path, lang, {}, ctx.version)}>{t('pages.openExplorer')}</a>
            {ctx.changesPage && (
              <>
                {' '}
                · <a href={href(ctx, lang === 'en' ? 'changes/' : `${lang}/changes/`)}>{t('changes.title')}</a>
              </>
            )}
          </p>
        </footer>
      </body>
    </html>
  );
}
