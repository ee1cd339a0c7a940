/** One incident's page: everything the details panel holds, a locator map, and a way to cite it. */
import { formatIncidentDate, formatNumber } from '../../lib/format.ts';
import { placeName } from '../../data/localized.ts';
import { pagePath } from '../../lib/permanent-path.ts';
import { datePrecisionKey, placePrecisionKey } from '../../features/incident/precision.ts';
import { dateBasisOf, disputesOf, placeBasisOf, plainIn, sourceMeta, textIn, type PageText } from './accessors.ts';
import { explorerLink } from './explorer-links.ts';
import { href, Page, permanentAddress, type PageContext } from './layout.tsx';
import { LocatorMap } from './locator-map.tsx';
import { CategoryBadge, CiteBlock, ExplorerLink, Outside, Txt } from './parts.tsx';
import { incidentAt, type Site } from './site.ts';
import { QuoteFigure } from '../../ui/quote-figure.tsx';

function Basis({ basis, note, ctx }: { basis: string | null; note: PageText | null; ctx: PageContext }) {
  const word = basis ? ctx.t(`pages.basis.${basis}`, { defaultValue: basis }) : null;
  return (
    <>
      {word && <span className="fact-basis">{word}</span>}
      {note && (
        <span className="fact-note">
          <Txt value={note} ctx={ctx} />
        </span>
      )}
    </>
  );
}

export function IncidentPage({ site, i, ctx }: { site: Site; i: number; ctx: PageContext }) {
  const { t, lang } = ctx;
  const { incident, date } = incidentAt(site, i);
  const { ds } = site;
  const place = incident.place ? ds.places.get(incident.place) : undefined;
  const region = place?.region ? ds.places.get(place.region) : undefined;
  const title = plainIn(incident.title, lang);
  const summary = plainIn(incident.summary, lang);
  const dateText = formatIncidentDate(date, lang);
  const placeText = place ? placeName(place, lang) : t('details.placeUnknown');
  const dateBasis = dateBasisOf(incident, lang);
  const placeBasis = placeBasisOf(incident, lang);
  const disputes = disputesOf(ds, incident, lang);
  const stories = site.storiesOf.get(incident.id) ?? [];
  const link = (kind: Parameters<typeof pagePath>[0], id: string) => href(ctx, pagePath(kind, id, lang));
  return (
    <Page
      ctx={ctx}
      meta={{
        title,
        description: `${dateText} · ${placeText} · ${t(`category.${incident.category}`)}. ${summary}`,
        type: 'article',
      }}
    >
      <article className="record incident" data-incident-id={incident.id}>
        <p className="kicker">
          <CategoryBadge category={incident.category} ctx={ctx} />
        </p>
        <h1>
          <Txt value={textIn(incident.title, lang)} ctx={ctx} />
        </h1>
        <dl className="facts">
          <dt>{t('details.date')}</dt>
          <dd>
            <span className="fact-main">{dateText}</span>
            <span className="fact-precision">{t(datePrecisionKey(date))}</span>
            <Basis {...dateBasis} ctx={ctx} />
          </dd>
          <dt>{t('details.place')}</dt>
          <dd>
            <span className="fact-main">
              {placeText}
              {region && region.id !== place?.id ? `, ${placeName(region, lang)}` : ''}
            </span>
            <span className="fact-precision">{t(placePrecisionKey(incident.locationPrecision))}</span>
            <Basis {...placeBasis} ctx={ctx} />
          </dd>
          {incident.people && (
            <>
              <dt>{t('details.people')}</dt>
              <dd>
                {t(`details.peopleCount.${incident.people.qualifier}`, {
                  count: incident.people.count,
                  defaultValue: formatNumber(incident.people.count, lang),
                })}
              </dd>
            </>
          )}
        </dl>
        <h2 className="visually-hidden">{t('pages.summary')}</h2>
        <p className="summary">
          <Txt value={textIn(incident.summary, lang)} ctx={ctx} />
        </p>
        <figure className="locator-figure">
          <LocatorMap
            incident={incident}
            place={place}
            lang={lang}
            basemapHref={(file) => href(ctx, file)}
            label={t('pages.mapLabel', { place: placeText })}
          />
          <figcaption>
            {place && incident.locationPrecision !== 'unknown'
              ? `${placeText}: ${t(placePrecisionKey(incident.locationPrecision))}`
              : t('pages.unlocated')}
          </figcaption>
        </figure>
        <ExplorerLink to={explorerLink(ctx.path, lang, { id: incident.id })}>{t('pages.openIncident')}</ExplorerLink>
        {incident.actors.length > 0 && (
          <section aria-labelledby="actors-heading">
            <h2 id="actors-heading">{t('details.actors')}</h2>
            <ul className="actor-list">
              {incident.actors.map((a) => {
                const actor = ds.actors.get(a.actor);
                return (
                  <li key={`${a.actor}-${a.role}`}>
                    {actor ? (
                      <a href={link('actors', a.actor)}>{<Txt value={textIn(actor.name, lang)} ctx={ctx} />}</a>
                    ) : (
                      a.actor
                    )}{' '}
                    <span className="role-tag">{t(`role.${a.role}`)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {disputes.length > 0 && (
          <section aria-labelledby="disputes-heading" className="disputes">
            <h2 id="disputes-heading">{t('details.disputes')}</h2>
            {disputes.map((d, k) => (
              <div key={k} className="dispute">
                <h3>
                  <Txt value={d.topic} ctx={ctx} />
                </h3>
                <div className="claims">
                  {d.claims.map((c, j) => (
                    <div key={j} className="claim">
                      <p>
                        <Txt value={c.text} ctx={ctx} />
                      </p>
                      <blockquote>{c.quote}</blockquote>
                      <p className="claim-source">
                        <a href={link('sources', c.source)}>
                          {sourceMeta(ds.sources.get(c.source), c.source, lang).title}
                        </a>
                      </p>
                    </div>
                  ))}
                </div>
              </div>
            ))}
          </section>
        )}
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('details.sources')}</h2>
          <ol className="source-list">
            {incident.sources.map((c, k) => {
              const meta = sourceMeta(ds.sources.get(c.source), c.source, lang);
              return (
                <li key={`${c.source}-${k}`} className="source">
                  <SourceHeading meta={meta} ctx={ctx} to={link('sources', c.source)} />
                  {c.quotes.map((q, j) => (
                    <QuoteFigure key={j} quote={q} translationLabel={t('details.translation')} />
                  ))}
                </li>
              );
            })}
          </ol>
        </section>
        {incident.cases.length > 0 && (
          <section aria-labelledby="cases-heading">
            <h2 id="cases-heading">{t('details.cases')}</h2>
            <ul>
              {incident.cases.map((id) => (
                <li key={id}>
                  <a href={link('cases', id)}>
                    <Txt
                      value={textIn(ds.cases.get(id)?.title, lang) ?? { text: id, lang, fallback: false, draft: false }}
                      ctx={ctx}
                    />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {stories.length > 0 && (
          <section aria-labelledby="stories-heading">
            <h2 id="stories-heading">{t('pages.stories')}</h2>
            <ul>
              {stories.map((id) => (
                <li key={id}>
                  <a href={link('stories', id)}>
                    <Txt value={textIn(ds.narratives.find((n) => n.id === id)?.title, lang)} ctx={ctx} />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <CiteBlock ctx={ctx} title={title} address={permanentAddress(ctx)} />
      </article>
    </Page>
  );
}

/** A source's title with its publisher, author, date, description and outside links. */
export function SourceHeading({
  meta,
  ctx,
  to,
}: {
  meta: ReturnType<typeof sourceMeta>;
  ctx: PageContext;
  to: string | null;
}) {
  const { t, lang } = ctx;
  const facts = [meta.publisher, meta.author, meta.published ? formatIncidentDate(meta.published, lang) : null].filter(
    (v): v is string => !!v,
  );
  return (
    <>
      {meta.title && <p className="source-title">{to ? <a href={to}>{meta.title}</a> : <cite>{meta.title}</cite>}</p>}
      {facts.length > 0 && <p className="source-meta">{facts.join(' · ')}</p>}
      {meta.description && (
        <p className="source-description">
          <Txt value={meta.description} ctx={ctx} />
        </p>
      )}
      {meta.url && (
        <p className="source-links">
          <Outside to={meta.url}>{t('pages.readSource')}</Outside>
          {meta.archiveSearch && (
            <>
              {' · '}
              <Outside to={meta.archiveSearch}>{t('pages.archiveSearch')}</Outside>
            </>
          )}
        </p>
      )}
    </>
  );
}
