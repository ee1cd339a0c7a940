import './ui.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../data/schema';
import type { TranslatedText } from '../data/translations';
import { useAppStore } from '../store';
import { draftOriginals, pick, textStatus } from '../data/localized';

/**
 * Renders dataset text in the reader's language. Where no translation exists
 * the English text is shown, marked as English for readers and for screen
 * readers (lang="en"), so it is never mistaken for a translation. A draft
 * translation is shown as it is; the panel around it carries a DraftNote.
 * Each text is a bidi isolate: direction overrides inside dataset text must
 * not reorder the interface text around it.
 */
export function LocalizedText({ value }: { value: Localized | TranslatedText | undefined }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!value) return null;
  const status = textStatus(value, lang);
  if (status !== 'fallback') return <bdi data-status={status}>{pick(value, lang)}</bdi>;
  return (
    <>
      <bdi lang="en">{value.en}</bdi>{' '}
      <span className="fallback-marker" title={t('app.untranslated')}>
        EN
      </span>
    </>
  );
}

/**
 * The discreet mark of draft translations in a panel: says they are not yet
 * reviewed and keeps the English originals one click away. Renders nothing
 * when none of the texts is a draft in the reader's language. Give it a `key`
 * per record so that a newly opened record starts folded.
 */
export function DraftNote({ values }: { values: readonly (TranslatedText | undefined)[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const originals = draftOriginals(values, lang);
  if (originals.length === 0) return null;
  return (
    <div className="draft-note" data-testid="draft-note">
      <span className="draft-note-text">{t('dataText.draft')}</span>{' '}
      <button
        type="button"
        className="link-button draft-note-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('dataText.original')}
      </button>
      {open && (
        <div className="draft-original" lang="en" data-testid="draft-original">
          {originals.map((text, k) => (
            <p key={k}>
              <bdi>{text}</bdi>
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
