/**
 * Checks over generated pages, for the tests: parse a page (with the HTML
 * validator's own parser), list its links, and find every internal link that
 * leads nowhere.
 */
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { parseFragment } from '../../store/url-state';

const loader = new StaticConfigLoader({ extends: ['html-validate:standard'] });

export async function pageParser(): Promise<(html: string) => HtmlElement[]> {
  const parser = new Parser(await loader.getConfigFor('page.html'));
  return (html) => parser.parseHtml(html).querySelectorAll('*');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };

/** Attribute values as the browser reads them (the parser leaves entities as written). */
export function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

export function attr(el: HtmlElement, name: string): string | null {
  const a = el.getAttribute(name);
  return a && typeof a.value === 'string' ? decode(a.value) : null;
}

/**
 * Every address a page refers to (links, stylesheets, icons, images) and every
 * id in it. React's serializer escapes `"` and `<` in text and in attribute
 * values, so in its output ` href="` can only begin an attribute: a pattern is
 * exact here, and much faster than parsing hundreds of pages.
 */
export function referencesOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/**
 * Internal links that lead nowhere, over a set of generated files (path →
 * content). `extra` lists other files the site serves (the app's index.html,
 * its icon). A link to a part of another page (incidents/#actors) needs that
 * id on that page. Links into the explorer must carry a fragment it reads
 * without ignoring anything and that names an incident, person or story that
 * exists.
 */
export function brokenLinks(
  files: Map<string, string>,
  extra: Set<string>,
  known: { incidents: Set<string>; actors: Set<string>; stories: Set<string> },
): { problems: LinkProblem[]; checked: number } {
  const problems: LinkProblem[] = [];
  let checked = 0;
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = idsOf(files.get(file) ?? '');
      idCache.set(file, ids);
    }
    return ids;
  };
  for (const [page, html] of files) {
    if (!page.endsWith('.html')) continue;
    const ids = idsIn(page);
    for (const link of referencesOf(html)) {
      checked++;
      if (/^https?:\/\//.test(link)) continue;
      const report = (problem: string) => problems.push({ page, link, problem });
      if (link.startsWith('#')) {
        if (!ids.has(link.slice(1))) report('no element with this id');
        continue;
      }
      const url = new URL(link, `http://site.test/${page}`);
      if (url.origin !== 'http://site.test') {
        report('not an internal link');
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(1));
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (file === 'index.html') {
        const { state, ignored } = parseFragment(url.hash);
        if (ignored.length > 0) report(`the explorer ignores part of it: ${ignored.join('; ')}`);
        if (state.id && !known.incidents.has(state.id)) report(`unknown incident ${state.id}`);
        if (state.actor && !known.actors.has(state.actor)) report(`unknown actor ${state.actor}`);
        if (state.story && !known.stories.has(state.story.id)) report(`unknown story ${state.story.id}`);
        continue;
      }
      if (!files.has(file) && !extra.has(file)) report('no such file');
      else if (url.hash && files.has(file) && !idsIn(file).has(decodeURIComponent(url.hash.slice(1))))
        report('no element with this id on that page');
    }
  }
  return { problems, checked };
}
