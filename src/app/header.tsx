import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../store';
import type { UiLang } from '../lib/langs';
import { viewLink } from '../store/url-state';

export function Header({ version }: { version: string | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(viewLink(appStore.getState(), window.location.href));
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2500);
  };

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
        {version && <span className="dataset-version">{t('app.datasetVersion', { version })}</span>}
        <button type="button" className="button" onClick={() => void copy()}>
          {t('app.copyLink')}
        </button>
        <span role="status" className="copy-status">
          {copied === 'done' ? t('app.linkCopied') : copied === 'failed' ? t('app.linkCopyFailed') : ''}
        </span>
      </div>
    </header>
  );
}
