import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { serializeFragment, urlStateOf } from '../store/url-state';

/** In embed mode the chrome is gone; one line says what this is and opens the full explorer. */
export function EmbedBar() {
  const { t } = useTranslation();
  const full = useAppStore((s) => `#${serializeFragment({ ...urlStateOf(s), embed: false })}`);
  return (
    <header className="embed-bar">
      <span className="embed-title">{t('app.title')}</span>
      <a href={`${window.location.pathname}${full}`} target="_blank" rel="noreferrer noopener">
        {t('app.openFull')}
      </a>
    </header>
  );
}
