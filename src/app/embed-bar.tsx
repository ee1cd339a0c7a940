import { useTranslation } from 'react-i18next';
import { ViewLink } from '../ui/view-link';
import { leaveEmbed } from '../store/navigations';

/** In embed mode the chrome is gone; one line says what this is and opens the full explorer. */
export function EmbedBar() {
  const { t } = useTranslation();
  return (
    <header className="embed-bar">
      <span className="embed-title">{t('app.title')}</span>
      <ViewLink
        go={leaveEmbed}
        inPlace={false}
        page={window.location.pathname}
        target="_blank"
        rel="noreferrer noopener"
      >
        {t('app.openFull')}
      </ViewLink>
    </header>
  );
}
