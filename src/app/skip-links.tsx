import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What each skip link focuses: the map canvas, the timeline's current item, the list heading. */
const TARGETS = {
  map: ['#map-region canvas', '#map-region'],
  timeline: ['.timeline-canvas .tl-item-label[tabindex="0"]', '.timeline-canvas .tl-item-label', '#timeline-region'],
  list: ['#incident-list .list-heading', '#incident-list'],
} as const;

/**
 * Skip links to the three views. They move focus themselves instead of
 * following the href: the fragment holds the view's state, not anchors.
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const jump = (e: MouseEvent, name: keyof typeof TARGETS) => {
    e.preventDefault();
    for (const selector of TARGETS[name]) {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) continue;
      if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.focus();
      return;
    }
  };
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      <a className="skip-link" href="#incident-list" onClick={(e) => jump(e, 'list')}>
        {t('app.skipToList')}
      </a>
      <a className="skip-link" href="#map-region" onClick={(e) => jump(e, 'map')}>
        {t('app.skipToMap')}
      </a>
      <a className="skip-link" href="#timeline-region" onClick={(e) => jump(e, 'timeline')}>
        {t('app.skipToTimeline')}
      </a>
    </nav>
  );
}
