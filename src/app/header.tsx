import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../store';
import type { UiLang } from '../lib/langs';
import { CopyLink } from '../features/share/copy-link';
import { OwnFileControl } from '../features/own-file/own-file-control';

/** Where the explorer puts its export and story buttons on a phone: one row of actions with these. */
export const PHONE_ACTIONS_SLOT = 'phone-actions';

export function Header({ version }: { version: string | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-actions">
        <label className="lang-select">
          <span className="visually-hidden">{t('app.language')}</span>
          <select
            value={lang}
            onChange={(e) => appStore.getState().setLang(e.target.value as UiLang)}
            aria-label={t('app.language')}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="ru" lang="ru">
              Русский
            </option>
            <option value="kk" lang="kk">
              Қазақша
            </option>
          </select>
        </label>
        {version && (
          <button
            type="button"
            className="button small dataset-version"
            onClick={() => appStore.getState().openChanges()}
            data-testid="dataset-version"
          >
            {t('app.datasetVersion', { version })}
            <span className="visually-hidden">: {t('changes.open')}</span>
          </button>
        )}
        <OwnFileControl />
        <CopyLink />
        <div id={PHONE_ACTIONS_SLOT} className="phone-actions" />
      </div>
    </header>
  );
}
