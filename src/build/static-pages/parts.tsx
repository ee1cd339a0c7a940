/** Small pieces the static pages share: dataset text with its markers, incident tables, outside links. */
import type { ReactNode } from 'react';
import { formatIncidentDate } from '../../lib/format.ts';
import { pick, placeName, textStatus } from '../../data/localized.ts';
import type { TranslatedText } from '../../data/translations.ts';
import { pagePath } from '../../lib/permanent-path.ts';
import { href, type PageContext } from './layout.tsx';
import { incidentAt, type Site } from './site.ts';

/**
 * Dataset text as text (React escapes it), isolated for direction, marked EN
 * where it falls back to English and marked when a translation is a draft.
 * Which text and which mark come from data/localized.ts, as in the app, so a
 * page and the explorer never disagree on what is translated or reviewed.
 */
export function Txt({ value, ctx }: { value: TranslatedText | undefined; ctx: PageContext }) {
  if (!value) return null;
  const status = textStatus(value, ctx.lang);
  return (
    <>
      <bdi lang={status === 'fallback' ? 'en' : undefined}>{pick(value, ctx.lang)}</bdi>
      {status === 'fallback' && (
        <>
          {' '}
          <abbr className="fallback-marker" title={ctx.t('app.untranslated')}>
            EN
          </abbr>
        </>
      )}
      {status === 'draft' && <span className="draft-marker"> ({ctx.t('pages.draft')})</span>}
    </>
  );
}

/** A link to a page outside the site: no referrer, no opener. */
export function Outside({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a href={to} rel="noopener noreferrer" className="outside">
      {children}
    </a>
  );
}

export function CategoryBadge({ category, ctx }: { category: string; ctx: PageContext }) {
  return <span className={`category-badge cat-${category}`}>{ctx.t(`category.${category}`)}</span>;
}

/**
 * A date for a table cell: each end of a range kept on one line and the range free to break after
 * its dash, so one long range ("2025 ж. қар. – 2026 ж. қаң.") does not widen the column of every row.
 */
export function DateText({ text }: { text: string }) {
  // Split at the space after a range's dash only; "17–19 Dec 1986" has none and stays whole.
  const parts = text.split(/(?<=–)(\s+)/u);
  return (
    <>
      {parts.map((part, k) =>
        k % 2 === 1 ? (
          part
        ) : (
          <span key={k} className="nowrap">
            {part}
          </span>
        ),
      )}
    </>
  );
}

/** Incidents as a table: date, title (a link to its page), place, category, and optionally a role. */
export function IncidentTable({
  site,
  rows,
  ctx,
  caption,
  roles,
}: {
  site: Site;
  rows: number[];
  ctx: PageContext;
  caption: ReactNode;
  roles?: Map<number, string>;
}) {
  const { t, lang } = ctx;
  return (
    <table className="incident-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pages.date')}</th>
          <th scope="col">{t('pages.title')}</th>
          <th scope="col">{t('pages.place')}</th>
          <th scope="col">{t('pages.category')}</th>
          {roles && <th scope="col">{t('pages.role')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => {
          const { incident, date } = incidentAt(site, i);
          const place = incident.place ? site.ds.places.get(incident.place) : undefined;
          return (
            <tr key={incident.id}>
              <td>
                <DateText text={formatIncidentDate(date, lang, true)} />
              </td>
              <td>
                <a href={href(ctx, pagePath('incidents', incident.id, lang))}>
                  <Txt value={incident.title} ctx={ctx} />
                </a>
              </td>
              <td>{place ? placeName(place, lang) : t('pages.placeUnknown')}</td>
              <td>
                <CategoryBadge category={incident.category} ctx={ctx} />
              </td>
              {roles && <td>{roles.get(i)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The page's lead link into the interactive explorer. */
export function ExplorerLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="explorer-link">
      <a href={to} data-explorer-link="">
        {children}
      </a>
    </p>
  );
}

/** "Cite this page": the record's title, the site, the dataset version and the permanent address. */
export function CiteBlock({ ctx, title, address }: { ctx: PageContext; title: string; address: string }) {
  return (
    <section className="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">{ctx.t('pages.cite')}</h2>
      <p className="citation">
        {ctx.t('pages.citation', { title, site: ctx.t('app.title'), version: ctx.version, link: address })}
      </p>
    </section>
  );
}
