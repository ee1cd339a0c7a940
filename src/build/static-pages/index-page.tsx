/** The index of every incident by year, with counts, and links to every other page. */
import { formatNumber } from '../../lib/format.ts';
import { countByYear } from '../../data/incident-years.ts';
import { pick, placeName } from '../../data/localized.ts';
import { pagePath } from '../../lib/permanent-path.ts';
import { CATEGORY_IDS } from '../../data/vocabulary.ts';
import { explorerLink } from './explorer-links.ts';
import { INDEX_SECTIONS } from './home-page.tsx';
import { href, Page, type PageContext } from './layout.tsx';
import { IncidentTable, Txt } from './parts.tsx';
import { yearOf, type Site } from './site.ts';

function CountTable({
  caption,
  head,
  rows,
  ctx,
}: {
  caption: string;
  head: string;
  rows: [string, number][];
  ctx: PageContext;
}) {
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            {ctx.t('pages.incidents')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{formatNumber(n, ctx.lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndexPage({ site, ctx }: { site: Site; ctx: PageContext }) {
  const { t, lang } = ctx;
  const { ds } = site;
  const years = new Map<number, number[]>();
  const categories = new Map<string, number>();
  const places = new Map<string, number>();
  for (const i of site.order) {
    const inc = ds.incidents[i]!;
    const y = yearOf(ds.dates[i]!);
    const list = years.get(y) ?? [];
    list.push(i);
    years.set(y, list);
    categories.set(inc.category, (categories.get(inc.category) ?? 0) + 1);
    const place = inc.place ? ds.places.get(inc.place) : undefined;
    const name = place ? placeName(place, lang) : t('pages.placeUnknown');
    places.set(name, (places.get(name) ?? 0) + 1);
  }
  // Counted as the app's year filter counts: an incident in every year it touches. The sections
  // below list each incident once, under the year it starts in, so that every one has one link.
  const yearCounts = [...countByYear(site.ix)].sort((a, b) => a[0] - b[0]);
  const collator = new Intl.Collator(lang);
  const link = (kind: Parameters<typeof pagePath>[0], id: string) => href(ctx, pagePath(kind, id, lang));
  const byName = <T,>(list: T[], name: (x: T) => string) =>
    [...list].sort((a, b) => collator.compare(name(a), name(b)));
  return (
    <Page ctx={ctx} meta={{ title: t('pages.indexTitle'), description: t('pages.indexIntro'), type: 'website' }}>
      <h1>{t('pages.indexTitle')}</h1>
      <p className="intro">{t('pages.indexIntro')}</p>
      <p className="explorer-link">
        <a href={explorerLink(ctx.path, lang, {}, ctx.version)}>{t('pages.openExplorer')}</a>
      </p>
      <nav aria-label={t('pages.byYear')} className="year-nav">
        <ul>
          {[...years.keys()].map((y) => (
            <li key={y}>
              <a href={`#y${y}`}>{y}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="counts-heading" className="counts">
        <h2 id="counts-heading">{t('pages.counts')}</h2>
        <div className="count-tables">
          <CountTable
            ctx={ctx}
            caption={t('pages.byYear')}
            head={t('pages.year')}
            rows={yearCounts.map(([y, n]) => [String(y), n])}
          />
          <CountTable
            ctx={ctx}
            caption={t('pages.byCategory')}
            head={t('pages.category')}
            rows={CATEGORY_IDS.filter((c) => categories.has(c)).map((c) => [t(`category.${c}`), categories.get(c)!])}
          />
          <CountTable
            ctx={ctx}
            caption={t('pages.byPlace')}
            head={t('pages.place')}
            rows={[...places].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))}
          />
        </div>
      </section>
      {[...years].map(([y, rows]) => (
        <section key={y} id={`y${y}`} aria-labelledby={`h${y}`}>
          <h2 id={`h${y}`}>{y}</h2>
          <IncidentTable site={site} rows={rows} ctx={ctx} caption={t('list.title', { count: rows.length })} />
        </section>
      ))}
      {ds.narratives.length > 0 && (
        <section id={INDEX_SECTIONS.stories} aria-labelledby="stories-heading">
          <h2 id="stories-heading">{t('pages.stories')}</h2>
          <ul>
            {ds.narratives.map((n) => (
              <li key={n.id}>
                <a href={link('stories', n.id)}>
                  <Txt value={n.title} ctx={ctx} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {site.byCase.size > 0 && (
        <section id={INDEX_SECTIONS.cases} aria-labelledby="cases-heading">
          <h2 id="cases-heading">{t('pages.cases')}</h2>
          <ul>
            {byName(
              [...ds.cases.values()].filter((c) => site.byCase.has(c.id)),
              (c) => pick(c.title, lang),
            ).map((c) => (
              <li key={c.id}>
                <a href={link('cases', c.id)}>
                  <Txt value={c.title} ctx={ctx} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section id={INDEX_SECTIONS.sources} aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('pages.sources')}</h2>
        <ul>
          {[...ds.sources.keys()]
            .filter((id) => site.bySource.has(id))
            .map((id) => (
              <li key={id}>
                <a href={link('sources', id)}>{ds.sources.get(id)?.title ?? id}</a>
              </li>
            ))}
        </ul>
      </section>
      <section id={INDEX_SECTIONS.actors} aria-labelledby="actors-heading">
        <h2 id="actors-heading">{t('pages.actors')}</h2>
        <ul className="columns">
          {byName(
            [...ds.actors.values()].filter((a) => site.byActor.has(a.id)),
            (a) => pick(a.name, lang),
          ).map((a) => (
            <li key={a.id}>
              <a href={link('actors', a.id)}>
                <Txt value={a.name} ctx={ctx} />
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
