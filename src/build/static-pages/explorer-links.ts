/**
 * Links from a static page into the interactive explorer, written by the
 * fragment contract's own writer. A page shows no map or timeline, so its
 * links name only what to open (an incident, a person, a story) and the
 * language: the explorer then frames it, as for any link without a view.
 */
import { DEFAULT_URL_STATE, serializeFragment } from '../../store/url-state.ts';
import { relativePath, type PageLang } from '../../lib/permanent-path.ts';

export interface ExplorerView {
  id?: string;
  actor?: string;
  story?: string;
}

/**
 * The explorer (at the site's base) showing `view`, as a link from the page at `fromPath`; with the
 * dataset version the page was written from, as every link the explorer writes holds it.
 */
export function explorerLink(
  fromPath: string,
  lang: PageLang,
  view: ExplorerView,
  version: string | null = null,
): string {
  const fragment = serializeFragment({
    ...DEFAULT_URL_STATE,
    dataVersion: version,
    lang: lang === 'en' ? null : lang,
    id: view.id ?? null,
    actor: view.actor ?? null,
    story: view.story ? { id: view.story, step: 1 } : null,
  });
  const base = relativePath(fromPath, '');
  return fragment ? `${base}#${fragment}` : base;
}
