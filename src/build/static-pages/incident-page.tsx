/** One incident's page: everything the details panel holds, a locator map, and a way to cite it. */
import { formatIncidentDate, formatNumber } from '../../lib/format.ts';
import { disputesOf } from '../../data/cross-records.ts';
import { datasetText, pick, placeName, quoteInLang } from '../../data/localized.ts';
import type { Basis } from '../../data/schema.ts';
import type { TranslatedText } from '../../data/translations.ts';
import { pagePath } from '../../lib/permanent-path.ts';
import { datePrecisionKey, placePrecisionKey } from '../../data/precision.ts';
import { explorerLink } from './explorer-links.ts';
import { href, Page, permanentAddress, type PageContext } from './layout.tsx';
import { LocatorMap } from './locator-map.tsx';
import { CategoryBadge, CiteBlock, ExplorerLink, Outside, Txt } from './parts.tsx';
import { incidentAt, type Site } from './site.ts';
import { sourceMeta, type SourceMeta } from './source-meta.ts';
import { QuoteFigure } from '../../ui/quote-figure.tsx';

function BasisNote({ basis, note, ctx }: { basis: Basis; note: TranslatedText | undefined; ctx: PageContext }) {
  return (
    <>
      <span className="fact-basis">{ctx.t(`pages.basis.${basis}`)}</span>
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
  const title = pick(incident.title, lang);
  const summary = pick(incident.summary, lang);
  const dateText = formatIncidentDate(date, lang);
  const placeText = place ? placeName(place, lang) : t('details.placeUnknown');
  // Notes are plain text in the record; their translations are found by key, as in the app's details panel.
  const dateNote = datasetText(site.ix.texts, `incidents/${incident.id}/dateNote`, incident.dateNote);
  const placeNote = datasetText(site.ix.texts, `incidents/${incident.id}/placeNote`, incident.placeNote);
  const disputes = disputesOf(ds.disputes, incident.id);
  const source = (id: string) => sourceMeta(ds.sources.get(id), id, site.ix.texts);
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
          <Txt value={incident.title} ctx={ctx} />
        </h1>
        <dl className="facts">
          <dt>{t('details.date')}</dt>
          <dd>
            <span className="fact-main">{dateText}</span>
            <span className="fact-precision">{t(datePrecisionKey(date))}</span>
            <BasisNote basis={incident.dateBasis} note={dateNote} ctx={ctx} />
          </dd>
          <dt>{t('details.place')}</dt>
          <dd>
            <span className="fact-main">
              {placeText}
              {region && region.id !== place?.id ? `, ${placeName(region, lang)}` : ''}
            </span>
            <span className="fact-precision">{t(placePrecisionKey(incident.locationPrecision))}</span>
            <BasisNote basis={incident.placeBasis} note={placeNote} ctx={ctx} />
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
          <Txt value={incident.summary} ctx={ctx} />
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
        <ExplorerLink to={explorerLink(ctx.path, lang, { id: incident.id }, ctx.version)}>
          {t('pages.openIncident')}
        </ExplorerLink>
        {incident.actors.length > 0 && (
          <section aria-labelledby="actors-heading">
            <h2 id="actors-heading">{t('details.actors')}</h2>
            <ul className="actor-list">
              {incident.actors.map((a) => {
                const actor = ds.actors.get(a.actor);
                return (
                  <li key={`${a.actor}-${a.role}`}>
                    {actor ? (
                      <a href={link('actors', a.actor)}>
                        <Txt value={actor.name} ctx={ctx} />
                      </a>
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
            {disputes.map((d) => (
              <div key={d.id} className="dispute">
                <h3>
                  <Txt value={d.topic} ctx={ctx} />
                </h3>
                {d.note && (
                  <p className="dispute-note">
                    <Txt value={d.note} ctx={ctx} />
                  </p>
                )}
                <div className="claims">
                  {d.claims.map((c, j) => (
                    <div key={j} className="claim">
                      <p>
                        <Txt value={c.text} ctx={ctx} />
                      </p>
                      <blockquote lang={c.lang}>{c.quote}</blockquote>
                      <p className="claim-source">
                        <a href={link('sources', c.source)}>{source(c.source).title}</a>
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
              const meta = source(c.source);
              return (
                <li key={`${c.source}-${k}`} className="source">
                  <SourceHeading meta={meta} ctx={ctx} to={link('sources', c.source)} />
                  {c.quotes.map((q, j) => (
                    <QuoteFigure
                      key={j}
                      quote={q}
                      translationLabel={t('details.translation')}
                      draftLabel={t('details.translationDraft')}
                      inLang={quoteInLang(site.ix.texts, incident.id, k, j, q, lang)}
                    />
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
              {incident.cases.map((id) => {
                const record = ds.cases.get(id);
                return (
                  <li key={id}>
                    <a href={link('cases', id)}>{record ? <Txt value={record.title} ctx={ctx} /> : id}</a>
                  </li>
                );
              })}
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
                    <Txt value={ds.narratives.find((n) => n.id === id)?.title} ctx={ctx} />
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
export function SourceHeading({ meta, ctx, to }: { meta: SourceMeta; ctx: PageContext; to: string | null }) {
  const { t, lang } = ctx;
  const facts = [meta.publisher, meta.author, meta.published ? formatIncidentDate(meta.published, lang) : null].filter(
    (v): v is string => !!v,
  );
  return (
    <>
      {meta.title && <p className="source-title">{to ? <a href={to}>{meta.title}</a> : <cite>{meta.title}</cite>}</p>}
      {(facts.length > 0 || meta.publishedNote) && (
        <p className="source-meta">
          {facts.join(' · ')}
          {facts.length > 0 && meta.publishedNote && ' · '}
          <Txt value={meta.publishedNote} ctx={ctx} />
        </p>
      )}
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
