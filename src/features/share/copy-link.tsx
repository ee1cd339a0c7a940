import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefStatus } from '../../ui/use-brief-status';
import { appStore, useAppStore } from '../../store';
import { viewLink } from '../../store/link-state';
import { permanentPageLink } from '../../lib/permanent-path';
import '../../ui/ui.css';
import './share.css';

type Copied = 'view' | 'page' | 'failed';

/**
 * "Copy link" copies the private link to the view (the fragment, which never
 * reaches the server), as it always has. With an incident open, a second
 * button offers its permanent page too, and says what the difference is.
 */
export function CopyLink() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  // Incidents of a reader's own file have no page on this site: only the view link is offered.
  const selectedId = useAppStore((s) => (s.origin.kind === 'published' ? s.selectedId : null));
  const [copied, setCopied] = useBriefStatus<Copied>(2500);
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const copy = async (kind: 'view' | 'page') => {
    const state = appStore.getState();
    const href = window.location.href;
    const text =
      kind === 'page' && state.selectedId ? permanentPageLink(href, state.selectedId, lang) : viewLink(state, href);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(kind);
    } catch {
      setCopied('failed');
    }
    if (open) {
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  // The system's share sheet (phones): the same private link, handed to the app the reader picks.
  const canShare = typeof navigator.share === 'function';
  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: viewLink(appStore.getState(), window.location.href) });
    } catch {
      // Dismissed by the reader, or refused by the browser: nothing was shared, nothing to say.
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Escape closes these options, not the incident behind them.
    e.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };

  const status =
    copied === 'view'
      ? t('app.linkCopied')
      : copied === 'page'
        ? t('share.permanentCopied')
        : copied === 'failed'
          ? t('app.linkCopyFailed')
          : '';

  return (
    <div className="copy-link" onKeyDown={onKeyDown}>
      <button type="button" className="button" onClick={() => void copy('view')}>
        {t('app.copyLink')}
      </button>
      {selectedId && (
        <button
          ref={toggleRef}
          type="button"
          className="button icon copy-more"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">▾</span>
          <span className="visually-hidden">{t('share.more')}</span>
        </button>
      )}
      {canShare && (
        <button type="button" className="button" onClick={() => void share()}>
          {t('share.share')}
        </button>
      )}
      {selectedId && open && (
        <div id={panelId} className="copy-options popover-panel" role="group" aria-label={t('share.more')}>
          <button type="button" className="button small" onClick={() => void copy('view')}>
            {t('share.privateLink')}
          </button>
          <button type="button" className="button small" onClick={() => void copy('page')}>
            {t('share.permanentLink')}
          </button>
          <p className="copy-difference">{t('share.difference')}</p>
        </div>
      )}
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
