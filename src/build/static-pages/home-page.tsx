/**
 * The root of a language's pages without JavaScript (ru/, kk/): what the
 * explorer is, and the way to each list. English has no such page: its root
 * is the app itself, whose <noscript> (index.html) says the same in English
 * and links to the same places.
 */
import { indexPath, type PageLang } from '../../lib/permanent-path.ts';
import { explorerLink } from './explorer-links.ts';
import { href, Page, type PageContext } from './layout.tsx';
import type { Site } from './site.ts';

/** "ru/", "kk/"; "" for English, the site's base, where the app is. */
export function homePath(lang: PageLang): string {
  return lang === 'en' ? '' : `${lang}/`;
}

/**
 * Ids of the index's sections that the root pages (and index.html's <noscript>) link to. Part of
 * the pages' addresses, so they do not change.
 */
export const INDEX_SECTIONS = { actors: 'actors', sources: 'sources', stories: 'stories', cases: 'cases' } as const;

/**
 * `site` is null when the dataset is over the page limit: the index is then a notice, so the root
 * links only to it.
 */
export function HomePage({ site, ctx }: { site: Site | null; ctx: PageContext }) {
  const { t, lang } = ctx;
  const index = indexPath(lang);
  const links: [to: string, label: string][] = [[index, t('pages.indexTitle')]];
  if (site) {
    links.push([`${index}#${INDEX_SECTIONS.actors}`, t('pages.actors')]);
    links.push([`${index}#${INDEX_SECTIONS.sources}`, t('pages.sources')]);
    if (site.ds.narratives.length > 0) links.push([`${index}#${INDEX_SECTIONS.stories}`, t('pages.stories')]);
    if (site.byCase.size > 0) links.push([`${index}#${INDEX_SECTIONS.cases}`, t('pages.cases')]);
  }
  return (
    <Page ctx={ctx} meta={{ title: t('app.title'), description: t('app.tagline'), type: 'website' }}>
      <h1>{t('app.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <p className="intro">{t('pages.homeIntro')}</p>
      {/* A visible heading, so that a sighted reader too is told what the links are for. */}
      <nav aria-labelledby="home-nav-heading" className="home-nav">
        <h2 id="home-nav-heading">{t('pages.homeNav')}</h2>
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <a href={href(ctx, to)}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="explorer-link">
        <a href={explorerLink(ctx.path, lang, {}, ctx.version)}>{t('pages.openExplorer')}</a>
      </p>
    </Page>
  );
}
