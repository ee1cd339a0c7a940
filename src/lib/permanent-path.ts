/**
 * Addresses of the static pages. They are a public contract, like the
 * fragment: once published, a path never changes. English pages sit at the
 * root (incidents/<id>/), the others under their language (ru/incidents/<id>/).
 * Paths are relative to the site's base and end in a slash (a folder with an
 * index.html), so they work from any sub-path of a static host.
 */
export type PageLang = 'en' | 'ru' | 'kk';
export const PAGE_LANGS: readonly PageLang[] = ['en', 'ru', 'kk'];

export type PageKind = 'incidents' | 'actors' | 'stories' | 'sources' | 'cases';

function langPrefix(lang: PageLang): string {
  return lang === 'en' ? '' : `${lang}/`;
}

/** The index of all incidents: "incidents/", "ru/incidents/". */
export function indexPath(lang: PageLang): string {
  return `${langPrefix(lang)}incidents/`;
}

/** One record's page: "incidents/<id>/", "kk/actors/<id>/". */
export function pagePath(kind: PageKind, id: string, lang: PageLang): string {
  return `${langPrefix(lang)}${kind}/${encodeURIComponent(id)}/`;
}

/** The way from one page's folder to another path, both relative to the site's base. */
export function relativePath(from: string, to: string): string {
  const depth = from.split('/').filter(Boolean).length;
  const up = '../'.repeat(depth);
  const rel = `${up}${to}`;
  return rel === '' ? './' : rel;
}

/**
 * The absolute address of an incident's permanent page, from the address of
 * the explorer (which sits at the site's base). Unlike a view link it reaches
 * the server in full: the server learns which incident was asked for.
 */
export function permanentPageLink(explorerHref: string, id: string, lang: PageLang): string {
  return new URL(pagePath('incidents', id, lang), new URL('./', explorerHref.split('#')[0])).href;
}
