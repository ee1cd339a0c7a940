/**
 * The store owns the interface language (it comes from the link); i18next and
 * the document follow it. This is the only place that changes i18next's
 * language, so nothing else needs to read it back.
 */
import type { AppStore } from '../store';
import i18n from '../lib/i18n';

export function startLanguageSync(store: AppStore): () => void {
  return store.subscribe(
    (s) => s.lang,
    (lang) => {
      void i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
    },
    { fireImmediately: true },
  );
}
