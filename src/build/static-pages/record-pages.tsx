/** Pages for a person or organisation, a story, a source, a case, and an id that was retired. */
import { pick } from '../../data/localized.ts';
import type { Actor, Case, Narrative, Redirect } from '../../data/schema.ts';
import { pagePath } from '../../lib/permanent-path.ts';
import { explorerLink } from './explorer-links.ts';
import { SourceHeading } from './incident-page.tsx';
import { href, Page, permanentAddress, type PageContext } from './layout.tsx';
import { CiteBlock, ExplorerLink, IncidentTable, Txt } from './parts.tsx';
import type { Site } from './site.ts';
import { sourceMeta } from './source-meta.ts';

export function ActorPage({ site, actor, ctx }: { site: Site; actor: Actor; ctx: PageContext }) {
  const { t, lang } = ctx;
  const entries = site.byActor.get(actor.id) ?? [];
  const rows = [...new Set(entries.map((e) => e.i))];
  const roles = new Map<number, string>();
  for (const e of entries) {
    const role = t(`role.${e.role}`);
    const prev = roles.get(e.i);
    roles.set(e.i, prev && prev !== role ? `${prev}, ${role}` : role);
  }
  const name = pick(actor.name, lang);
  return (
    <Page ctx={ctx} meta={{ title: name, description: pick(actor.description, lang) || name, type: 'article' }}>
      <article className="record">
        <p className="kicker">{t(`actor.kind.${actor.kind}`)}</p>
        <h1>
          <Txt value={actor.name} ctx={ctx} />
        </h1>
        {actor.aliases.length > 0 && (
          <p className="aliases">
            {t('actor.aliases')} {actor.aliases.join(' · ')}
          </p>
        )}
        {actor.description && (
          <p className="summary">
            <Txt value={actor.description} ctx={ctx} />
          </p>
        )}
        <ExplorerLink to={explorerLink(ctx.path, lang, { actor: actor.id }, ctx.version)}>
          {t('pages.openActor')}
        </ExplorerLink>
        <IncidentTable
          site={site}
          rows={rows}
          ctx={ctx}
          roles={roles}
          caption={t('actor.timeline', { count: rows.length })}
        />
        <CiteBlock ctx={ctx} title={name} address={permanentAddress(ctx)} />
      </article>
    </Page>
  );
}

export function StoryPage({ site, story, ctx }: { site: Site; story: Narrative; ctx: PageContext }) {
  const { t, lang } = ctx;
  const title = pick(story.title, lang);
  return (
    <Page ctx={ctx} meta={{ title, description: pick(story.intro, lang), type: 'article' }}>
      <article className="record">
        <p className="kicker">{t('story.kicker')}</p>
        <h1>
          <Txt value={story.title} ctx={ctx} />
        </h1>
        <p className="summary">
          <Txt value={story.intro} ctx={ctx} />
        </p>
        <ExplorerLink to={explorerLink(ctx.path, lang, { story: story.id }, ctx.version)}>
          {t('pages.openStory')}
        </ExplorerLink>
        <h2>{t('pages.steps')}</h2>
        <ol className="steps">
          {story.steps.map((step, k) => (
            <li key={k}>
              <h3>{t('pages.step', { step: k + 1 })}</h3>
              <p>
                <Txt value={step.caption} ctx={ctx} />
              </p>
              <ul>
                {step.incidents.map((id) =>
                  site.indexOf.has(id) ? (
                    <li key={id}>
                      <a href={href(ctx, pagePath('incidents', id, lang))}>
                        <Txt value={site.ds.incidents[site.indexOf.get(id)!]!.title} ctx={ctx} />
                      </a>
                    </li>
                  ) : null,
                )}
              </ul>
            </li>
          ))}
        </ol>
        <CiteBlock ctx={ctx} title={title} address={permanentAddress(ctx)} />
      </article>
    </Page>
  );
}

export function SourcePage({ site, id, ctx }: { site: Site; id: string; ctx: PageContext }) {
  const { t } = ctx;
  const meta = sourceMeta(site.ds.sources.get(id), id, site.ix.texts);
  const rows = site.bySource.get(id) ?? [];
  return (
    <Page
      ctx={ctx}
      meta={{
        title: meta.title,
        description: [meta.publisher, meta.title].filter(Boolean).join(': '),
        type: 'article',
      }}
    >
      <article className="record">
        <p className="kicker">{t('pages.source')}</p>
        <h1>{meta.title}</h1>
        <SourceHeading meta={{ ...meta, title: '' }} ctx={ctx} to={null} />
        <IncidentTable site={site} rows={rows} ctx={ctx} caption={t('pages.citedBy')} />
        <CiteBlock ctx={ctx} title={meta.title} address={permanentAddress(ctx)} />
      </article>
    </Page>
  );
}

export function CasePage({ site, record, ctx }: { site: Site; record: Case; ctx: PageContext }) {
  const { t, lang } = ctx;
  const rows = site.byCase.get(record.id) ?? [];
  const title = pick(record.title, lang);
  const first = rows[0] === undefined ? undefined : site.ds.incidents[rows[0]]?.id;
  return (
    <Page ctx={ctx} meta={{ title, description: pick(record.summary, lang) || title, type: 'article' }}>
      <article className="record">
        <p className="kicker">{t('details.cases')}</p>
        <h1>
          <Txt value={record.title} ctx={ctx} />
        </h1>
        {record.summary && (
          <p className="summary">
            <Txt value={record.summary} ctx={ctx} />
          </p>
        )}
        {first && (
          <ExplorerLink to={explorerLink(ctx.path, lang, { id: first }, ctx.version)}>
            {t('pages.openIncident')}
          </ExplorerLink>
        )}
        <IncidentTable site={site} rows={rows} ctx={ctx} caption={t('pages.caseIncidents')} />
        <CiteBlock ctx={ctx} title={title} address={permanentAddress(ctx)} />
      </article>
    </Page>
  );
}

/**
 * A published id that was renamed or merged into another record (the data's
 * table of redirects, as the app follows it): the data's reason and the way on.
 */
export function RetiredPage({ redirect, ctx }: { redirect: Redirect; ctx: PageContext }) {
  const { t, lang } = ctx;
  return (
    <Page ctx={ctx} meta={{ title: t('pages.retiredTitle'), description: pick(redirect.note, lang), type: 'article' }}>
      <article className="record retired">
        <h1>{t('pages.retiredTitle')}</h1>
        <p>
          <code>{redirect.from}</code>: <Txt value={redirect.note} ctx={ctx} />
        </p>
        <p className="explorer-link">
          <a href={href(ctx, pagePath('incidents', redirect.to, lang))}>{t('pages.goOn')}</a>
        </p>
      </article>
    </Page>
  );
}
