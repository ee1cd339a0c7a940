/**
 * The list of incidents behind one map marker (several incidents at one
 * place) or behind the nationwide control. Docked inside the map pane and
 * scrolling within itself, so it is fully visible at every size; works with
 * the keyboard (focus moves to the first entry, Escape closes).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { formatIncidentDate } from '../../lib/format';
import { pick, placeName } from '../../data/localized';
import { useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { incidentsInGroups } from './incident-features';

/** Most the chooser lists; the rest are reached by filtering to the place. */
export const CHOOSER_LIMIT = 100;

export function MapChooserPanel() {
  const { t } = useTranslation();
  const chooser = useAppStore((s) => s.mapChooser);
  const data = useAppStore((s) => s.data);
  const visible = useAppStore((s) => selectView(s)?.visible);
  const lang = useAppStore((s) => s.lang);
  const close = useAppStore((s) => s.closeMapChooser);
  const select = useAppStore((s) => s.select);
  const list = useRef<HTMLUListElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const indices = useMemo(
    () => (chooser && data && visible ? incidentsInGroups(data, visible, new Set(chooser.keys)) : []),
    [chooser, data, visible],
  );
  const places = useMemo(
    () => (chooser && data ? [...new Set(chooser.keys.map((k) => data.placeIds[Math.floor(k / 3)] ?? ''))] : []),
    [chooser, data],
  );

  useEffect(() => {
    if (!chooser) return;
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    list.current?.querySelector('button')?.focus();
  }, [chooser]);

  // A filter that empties the list closes it.
  useEffect(() => {
    if (chooser && data && visible && indices.length === 0) close();
  }, [chooser, data, visible, indices.length, close]);

  if (!chooser || !data || indices.length === 0) return null;

  const dismiss = () => {
    close();
    const target = returnTo.current;
    if (target?.isConnected) target.focus();
  };
  const names = places.map((id) => placeName(data.dataset.places.get(id), lang) || id);
  const heading =
    chooser.kind === 'nationwide'
      ? t('map.nationwide', { count: indices.length })
      : `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` ${t('map.morePlaces', { count: names.length - 3 })}` : ''}: ${t('map.incidents', { count: indices.length })}`;
  const showPlace = places.length > 1;

  return (
    <div
      className="map-chooser"
      role="dialog"
      aria-labelledby="map-chooser-heading"
      data-testid="map-chooser"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          dismiss();
        }
      }}
    >
      <div className="map-chooser-head">
        <h2 id="map-chooser-heading" className="map-chooser-heading">
          {heading}
        </h2>
        <button type="button" className="map-chooser-close" onClick={dismiss} aria-label={t('map.close')}>
          ×
        </button>
      </div>
      <ul className="map-chooser-list" ref={list}>
        {indices.slice(0, CHOOSER_LIMIT).map((i) => {
          const inc = data.incident(i);
          const date = data.date(i);
          if (!inc || !date) return null;
          const style = CATEGORY_STYLE[CATEGORY_IDS[data.category[i]!] ?? 'statement'];
          return (
            <li key={inc.id}>
              <button
                type="button"
                className="map-chooser-item"
                onClick={() => {
                  close();
                  select(inc.id, 'map');
                }}
              >
                <span className="swatch" style={{ background: style.color }} aria-hidden="true">
                  {style.symbol}
                </span>
                <span className="map-chooser-text">
                  <span className="map-chooser-date">
                    {formatIncidentDate(date, lang)}
                    {showPlace && inc.place ? ` · ${placeName(data.dataset.places.get(inc.place), lang)}` : ''}
                  </span>
                  <span className="map-chooser-title">{pick(inc.title, lang)}</span>
                  <span className="visually-hidden">, {t(`category.${CATEGORY_IDS[data.category[i]!]}`)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {indices.length > CHOOSER_LIMIT && (
        <p className="map-chooser-more">{t('map.chooserMore', { count: indices.length - CHOOSER_LIMIT })}</p>
      )}
    </div>
  );
}
