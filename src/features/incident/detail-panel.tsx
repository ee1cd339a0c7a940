import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { DraftNote, LocalizedText } from '../../ui/localized-text';
import { datasetText, pick, placeName } from '../../data/localized';

import { selectView } from '../../store/selectors';
import { CATEGORY_STYLE } from '../../ui/categories';
import { formatIncidentDate } from '../../lib/format';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { disputesOf } from '../../data/cross-records';
import { datePrecisionKey, placePrecisionKey } from '../../data/precision';
import { SourceList } from './source-list';
import { Disputes } from './disputes';
import { CaseThread } from './case-thread';
import { BasisNote } from './basis';
import { PlaceSet, RedirectNote } from './record-notes';
import { SetButton } from './set-button';
import { RoleTag } from '../../ui/role-tag';
import './incident.css';

function Hint() {
  const { t } = useTranslation();
  return <p className="details-hint">{t('details.hint')}</p>;
}

export function DetailPanel() {
  const { t } = useTranslation();
  const uiLang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const selectedId = useAppStore((s) => s.selectedId);
  const inView = useAppStore((s) => {
    const v = selectView(s);
    const i = s.selectedId === null ? undefined : s.data?.idToIndex.get(s.selectedId);
    return i !== undefined && v !== null && v.visible.includes(i);
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const lastFocusedOutside = useRef<Element | null>(null);
  const openedFrom = useRef<string | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const panel = headingRef.current?.closest('.details-region');
      if (e.target instanceof Element && !panel?.contains(e.target)) lastFocusedOutside.current = e.target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  const index = selectedId === null ? undefined : data?.idToIndex.get(selectedId);
  const incident = index === undefined ? undefined : data?.incident(index);

  const close = useCallback(() => {
    const closedId = appStore.getState().selectedId;
    const fromMap = openedFrom.current === 'map';
    appStore.getState().select(null, 'detail');
    const target = returnFocus.current;
    returnFocus.current = null;
    // The list the reader came from re-appears on the next render; wait for it (a few frames at most).
    const restore = (framesLeft: number) => {
      const visible = target instanceof HTMLElement && target.isConnected && target.offsetParent !== null;
      if (visible) {
        target.focus();
        return;
      }
      if (framesLeft > 0) {
        requestAnimationFrame(() => restore(framesLeft - 1));
        return;
      }
      // Opened from the map (its chooser is gone by now): back to the map, whose keys move between markers.
      const map = fromMap ? document.querySelector<HTMLElement>('.map-frame[tabindex]') : null;
      const row = closedId ? document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(closedId)}"] a`) : null;
      (map ?? row ?? document.querySelector<HTMLElement>('.list-heading'))?.focus();
    };
    // Rows measure themselves once the list shows again, which takes a few frames more.
    requestAnimationFrame(() => restore(30));
  }, []);

  useEffect(() => {
    if (!selectedId) return;
    const origin = appStore.getState().selectionOrigin;
    // Remember where the reader came from, to return there on close. The
    // element may already have lost focus (the list hides when the panel
    // opens), so use the last element focused outside the panel.
    if (origin !== 'link' && returnFocus.current === null) {
      returnFocus.current = lastFocusedOutside.current;
      openedFrom.current = origin;
    }
    // A click on the map keeps focus on the map; a choice in its chooser, which closes, must not leave it on <body>.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if ((origin !== 'timeline' && origin !== 'map' && origin !== 'navigation') || lost)
      headingRef.current?.focus({ preventScroll: false });
  }, [selectedId]);

  useEffect(() => {
    if (!selectedId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId, close]);

  if (!data || !incident || index === undefined) return <Hint />;
  const date = data.date(index);
  const place = incident.place ? data.dataset.places.get(incident.place) : undefined;
  const region = place?.region ? data.dataset.places.get(place.region) : undefined;
  const style = CATEGORY_STYLE[incident.category];
  const lang = uiLang;
  const dateNote = datasetText(data.texts, `incidents/${incident.id}/dateNote`, incident.dateNote);
  const placeNote = datasetText(data.texts, `incidents/${incident.id}/placeNote`, incident.placeNote);
  const disputeTexts = disputesOf(data.dataset.disputes, incident.id).flatMap((d) => [
    d.topic,
    d.note,
    ...d.claims.map((c) => c.text),
  ]);

  return (
    <article className="incident-detail" data-testid="incident-detail" data-incident-id={incident.id}>
      <div className="detail-top">
        <span className="category-badge" style={{ background: style.color }}>
          <span aria-hidden="true">{style.symbol} </span>
          {t(`category.${incident.category}`)}
        </span>
        <button type="button" className="button small close-button" onClick={close} aria-label={t('details.close')}>
          ✕ <span className="close-text">{t('details.closeShort')}</span>
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="detail-title">
        <LocalizedText value={incident.title} />
      </h2>
      <RedirectNote incident={incident} data={data} />
      <SetButton id={incident.id} />
      {!inView && (
        <p className="detail-hidden-note" role="note">
          {t('details.hiddenByFilters')}{' '}
          <button type="button" className="link-button" onClick={() => appStore.getState().showAll()}>
            {t('details.showAll')}
          </button>
        </p>
      )}
      <dl className="detail-facts">
        <dt>{t('details.date')}</dt>
        <dd>
          <span className="fact-main">{formatIncidentDate(date, lang)}</span>
          <span className="fact-precision">{t(datePrecisionKey(date))}</span>
          <BasisNote basis={incident.dateBasis} note={dateNote} />
        </dd>
        <dt>{t('details.place')}</dt>
        <dd>
          <span className="fact-main">
            {place ? placeName(place, lang) : t('details.placeUnknown')}
            {region && region.id !== place?.id ? `, ${placeName(region, lang)}` : ''}
          </span>
          <span className="fact-precision">{t(placePrecisionKey(incident.locationPrecision))}</span>
          <PlaceSet incident={incident} data={data} />
          <BasisNote basis={incident.placeBasis} note={placeNote} />
        </dd>
        {incident.people && (
          <>
            <dt>{t('details.people')}</dt>
            <dd>{t(`details.peopleCount.${incident.people.qualifier}`, { count: incident.people.count })}</dd>
          </>
        )}
      </dl>
      <p className="detail-summary">
        <LocalizedText value={incident.summary} />
      </p>
      <DraftNote
        key={incident.id}
        values={[
          incident.title,
          dateNote,
          placeNote,
          incident.summary,
          ...disputeTexts,
          ...incident.cases.map((c) => data.dataset.cases.get(c)?.title),
        ]}
      />
      <Actors incident={incident} data={data} />
      <Disputes incident={incident} data={data} />
      <SourceList incident={incident} data={data} />
      <CaseThread incident={incident} data={data} />
    </article>
  );
}

function Actors({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (incident.actors.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>{t('details.actors')}</h3>
      <ul className="actor-list">
        {incident.actors.map((a) => {
          const actor = data.dataset.actors.get(a.actor);
          return (
            <li key={`${a.actor}-${a.role}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => appStore.getState().openActorPage(a.actor)}
                aria-label={t('actor.open', { name: actor ? pick(actor.name, lang) : a.actor })}
              >
                {actor ? <LocalizedText value={actor.name} /> : a.actor}
              </button>
              <RoleTag>{t(`role.${a.role}`)}</RoleTag>
              <button
                type="button"
                className="button tiny"
                onClick={() => appStore.getState().filterByActor(a.actor)}
                aria-label={t('details.filterByActor', { name: actor ? pick(actor.name, lang) : a.actor })}
              >
                {t('details.filter')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
