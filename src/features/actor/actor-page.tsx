import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { LocalizedText } from '../../ui/localized-text';

import { formatIncidentDate } from '../../lib/format';
import { EMPTY_FILTERS } from '../../store/slices/filters';
import { serializeFragment, urlStateOf } from '../../store/url-state';
import './actor.css';

/** Everything that happened to or was done by one person or organisation, in time order. */
export function ActorPage() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const id = useAppStore((s) => s.actorPage);
  const actor = id ? data?.dataset.actors.get(id) : undefined;
  if (!data || !id || !actor) return null;
  const rows = data.dataset.incidents
    .map((inc, i) => ({ inc, i, roles: inc.actors.filter((a) => a.actor === id).map((a) => a.role) }))
    .filter((r) => r.roles.length > 0)
    .sort((a, b) => data.start[a.i]! - data.start[b.i]!);
  const filteredLink = `#${serializeFragment({
    ...urlStateOf(appStore.getState()),
    id: null,
    actor: null,
    story: null,
    timeWindow: null,
    filters: { ...EMPTY_FILTERS, actors: [id] },
  })}`;
  return (
    <section className="actor-page" aria-label={t('actor.region')} data-testid="actor-page">
      <div className="detail-top">
        <span className="role-tag">{t(`actor.kind.${actor.kind}`)}</span>
        <button type="button" className="button small" onClick={() => appStore.getState().setActorPage(null)}>
          ✕ {t('details.closeShort')}
        </button>
      </div>
      <h2 className="detail-title" tabIndex={-1}>
        <LocalizedText value={actor.name} />
      </h2>
      {actor.aliases.length > 0 && (
        <p className="actor-aliases">
          {t('actor.aliases')} {actor.aliases.join(' · ')}
        </p>
      )}
      {actor.description && (
        <p>
          <LocalizedText value={actor.description} />
        </p>
      )}
      <p>
        <a
          href={filteredLink}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            const s = appStore.getState();
            s.leaveStory();
            s.setFilters({ ...EMPTY_FILTERS, actors: [id] });
            s.setTimeWindow(null);
            s.setActorPage(null);
          }}
        >
          {t('actor.showFiltered', { count: rows.length })}
        </a>
      </p>
      <h3>{t('actor.timeline', { count: rows.length })}</h3>
      <ol className="case-thread actor-incidents">
        {rows.map(({ inc, i, roles }) => (
          <li key={inc.id}>
            <span className="case-date">{formatIncidentDate(data.dataset.dates[i]!, lang, true)}</span>
            <button type="button" className="link-button" onClick={() => appStore.getState().select(inc.id, 'detail')}>
              <LocalizedText value={inc.title} />
            </button>
            <span className="role-tag">{roles.map((r) => t(`role.${r}`)).join(', ')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
