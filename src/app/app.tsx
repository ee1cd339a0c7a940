import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { datasetQuery } from '../data/load';
import { DatasetError, type DataIssue } from '../data/dataset';
import { appStore, useAppStore } from '../store';
import { Header } from './header';
import { EmbedBar } from './embed-bar';
import { SkipLinks } from './skip-links';
import { Explorer } from './explorer';
import { Notices } from '../features/notices/notices';
import { ChangesNotice } from '../features/changes/changes-notice';
import { ChangesPanel } from '../features/changes/changes-panel';
import { OwnFileBanner } from '../features/own-file/own-file-banner';
import { startUrlSync } from './url-sync';
import { selectView } from '../store/selectors';
import { startLanguageSync } from './language-sync';

export function App() {
  const { t } = useTranslation();
  const query = useQuery(datasetQuery);
  const embed = useAppStore((s) => s.embed);
  // The version names the published dataset; a reader's own file has the banner instead.
  const published = useAppStore((s) => s.origin.kind === 'published');

  useEffect(() => {
    if (!query.data) return;
    const { index, issues } = query.data;
    const state = appStore.getState();
    let stopSync: (() => void) | null = null;
    let readLink: ReturnType<typeof setTimeout> | undefined;
    // The views' first drawing of the data and the reading of the link each run in a task of their own,
    // so that with a large dataset neither holds the page for long.
    let draw: ReturnType<typeof setTimeout> | undefined;
    // The view of the new data (its filters over every incident) is computed first, in a task of its own;
    // the render that follows finds it memoized.
    const prime = setTimeout(() => {
      selectView({ ...appStore.getState(), data: index });
      draw = setTimeout(() => {
        state.setData(index);
        // A search that waited for the search text is computed again once it is there.
        index.whenSearchReady(() => appStore.getState().searchArrived());
        readLink = setTimeout(() => (stopSync = startUrlSync(appStore)), 0);
      }, 0);
    }, 0);
    // Fold the search text while the reader looks around, so the first search is instant.
    const idle = (cb: (d: { timeRemaining: () => number }) => void) => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(cb);
      else setTimeout(() => cb({ timeRemaining: () => 8 }), 50);
    };
    const prepare = (deadline: { timeRemaining: () => number }) => {
      if (!index.prepareSearch(deadline)) idle(prepare);
    };
    idle(prepare);
    // A whole file that could not be read is told apart from records that were skipped.
    const wholeFile = (i: DataIssue) => i.field === '(file)';
    const notices = [
      { id: 'data-files', key: 'notice.fileIssues' as const, list: issues.filter(wholeFile) },
      { id: 'data-issues', key: 'notice.dataIssues' as const, list: issues.filter((i) => !wholeFile(i)) },
    ];
    for (const { id, key, list } of notices) {
      if (list.length === 0) continue;
      state.addNotice({
        id,
        kind: 'data',
        message: { key, count: new Set(list.map((i) => `${i.file}|${i.id}`)).size },
        details: list.map((i) => (wholeFile(i) ? i.message : `${i.file} · ${i.id} · ${i.field}: ${i.message}`)),
      });
    }
    return () => {
      clearTimeout(prime);
      clearTimeout(draw);
      clearTimeout(readLink);
      stopSync?.();
    };
  }, [query.data]);

  useEffect(() => startLanguageSync(appStore), []);

  return (
    <div className="app" data-embed={embed} data-dataset-check={query.data?.checked}>
      <SkipLinks />
      {embed ? <EmbedBar /> : <Header version={published ? (query.data?.index.dataset.version ?? null) : null} />}
      <OwnFileBanner />
      <Notices body={(n) => (n.changes ? <ChangesNotice changes={n.changes} /> : null)} />
      <ChangesPanel />
      {query.isError ? (
        <main className="state-screen">
          <div role="alert" className="error-box">
            <h2>{t('app.loadErrorTitle')}</h2>
            <p>{query.error instanceof DatasetError ? query.error.message : t('app.loadErrorUnknown')}</p>
            <p>
              {query.error instanceof DatasetError && query.error.kind === 'content'
                ? t('app.loadErrorDamaged')
                : t('app.loadErrorHelp')}
            </p>
            <button type="button" className="button primary" onClick={() => void query.refetch()}>
              {t('app.retry')}
            </button>
          </div>
        </main>
      ) : (
        // The shell, map and timeline start while the dataset downloads.
        <Explorer loading={query.isPending} />
      )}
    </div>
  );
}
