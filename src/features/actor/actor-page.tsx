import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { DraftNote, LocalizedText } from '../../ui/localized-text';
import { ViewLink } from '../../ui/view-link';
import { showActorIncidents } from '../../store/navigations';
import { incidentsOfActor } from '../../data/data-index';
import { IncidentThread } from '../../ui/incident-thread';
import { RoleTag } from '../../ui/role-tag';
import './actor.css';

/** Everything that happened to or was done by one person or organisation, in time order. */
export function ActorPage() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const id = useAppStore((s) => s.actorPage);
  const actor = id ? data?.dataset.actors.get(id) : undefined;
  if (!data || !id || !actor) return null;
  const rows = incidentsOfActor(data, id).map((i) => {
    const inc = data.incident(i);
    return { inc, i, roles: inc.actors.filter((a) => a.actor === id).map((a) => a.role) };
  });
  return (
    <section className="actor-page" aria-label={t('actor.region')} data-testid="actor-page">
      <div className="actor-top">
        <RoleTag>{t(`actor.kind.${actor.kind}`)}</RoleTag>
        <button type="button" className="button small" onClick={() => appStore.getState().setActorPage(null)}>
          ✕ {t('details.closeShort')}
        </button>
      </div>
      <h2 className="actor-title" tabIndex={-1}>
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
      <DraftNote key={actor.id} values={[actor.name, actor.description]} />
      <p>
        <ViewLink go={showActorIncidents(id)}>{t('actor.showFiltered', { count: rows.length })}</ViewLink>
      </p>
      <h3>{t('actor.timeline', { count: rows.length })}</h3>
      <IncidentThread
        data={data}
        className="actor-incidents"
        rows={rows.map(({ i, roles }) => ({
          i,
          aside: <RoleTag>{roles.map((r) => t(`role.${r}`)).join(', ')}</RoleTag>,
        }))}
      />
    </section>
  );
}
