/**
 * Links from a static page into the interactive explorer. They are built the
 * way every link of the app is built, by `viewLink` from a store holding the
 * view, so the pages follow the fragment contract wherever it goes.
 */
import { createAppStore } from '../../store/index.ts';
import { viewLink } from '../../store/url-state.ts';
import { relativePath, type PageLang } from '../../lib/permanent-path.ts';

const store = createAppStore();
const fresh = store.getState();

export interface ExplorerView {
  id?: string;
  actor?: string;
  story?: string;
}

/** The explorer (at the site's base) showing `view`, as a link from the page at `fromPath`. */
export function explorerLink(fromPath: string, lang: PageLang, view: ExplorerView): string {
  store.setState(
    {
      ...fresh,
      lang,
      selectedId: view.id ?? null,
      actorPage: view.actor ?? null,
      story: view.story ? { id: view.story, step: 0 } : null,
    },
    true,
  );
  return viewLink(store.getState(), relativePath(fromPath, ''));
}
