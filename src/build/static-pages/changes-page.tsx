/**
 * The dataset's changelog as a page without JavaScript ("changes/",
 * "ru/changes/"): the same versions and entries as the explorer's "What
 * changed" panel, each corrected record linked to its own page by its
 * current id and title.
 */
import type { ReactNode } from 'react';
import { type ChangelogEntry, type ChangelogVersion } from '../../data/changelog.ts';
import { resolveIncidentId } from '../../data/cross-records.ts';
import { parseEdtf } from '../../lib/edtf.ts';
import { formatIncidentDate } from '../../lib/format.ts';
import { pagePath, type PageLang } from '../../lib/permanent-path.ts';
import { href, Page, type PageContext } from './layout.tsx';
import { Txt } from './parts.tsx';
import type { Site } from './site.ts';
import { ChangelogProse, InlineText } from '../../ui/inline-text.tsx';

/** The changelog's page in a language: "changes/", "kk/changes/". */
export function changesPath(lang: PageLang): string {
  return lang === 'en' ? 'changes/' : `${lang}/changes/`;
}

/** Per English version (newest first), the version in the page's language, or null where it is shown in English. */
export interface PageChangelog {
  en: ChangelogVersion[];
  local: (ChangelogVersion | null)[];
}

/** A version's entries of one kind under their heading; nothing when there are none. */
function Entries(props: { heading: string; entries: ChangelogEntry[]; site: Site; ctx: PageContext }) {
  if (props.entries.length === 0) return null;
  return (
    <>
      <h3>{props.heading}</h3>
      <ul>
        {props.entries.map((e) => (
          <Entry key={e.line} entry={e} site={props.site} ctx={props.ctx} />
        ))}
      </ul>
    </>
  );
}

function Entry({ entry, site, ctx }: { entry: ChangelogEntry; site: Site; ctx: PageContext }) {
  const { t } = ctx;
  const tag = (x: string) => (/^[a-z ]+$/.test(x) ? t(`changes.tags.${x}`, { defaultValue: x }) : x);
  let subject: ReactNode;
  if (entry.kind === 'incident' && entry.id) {
    const id = resolveIncidentId(site.ds.redirects, entry.id).id;
    const i = site.indexOf.get(id);
    const incident = i === undefined ? undefined : site.ds.incidents[i];
    subject = incident ? (
      <a href={href(ctx, pagePath('incidents', id, ctx.lang))}>
        <Txt value={incident.title} ctx={ctx} />
      </a>
    ) : (
      <em>{t('changes.notInDataset')}</em>
    );
  } else subject = t(`changes.kinds.${entry.kind}`);
  return (
    <li>
      <p className="change-subject">
        <strong>{subject}</strong>{' '}
        {entry.ids.map((x) => (
          <code key={x}>{x} </code>
        ))}
        <span className="change-tags">({entry.tags.map(tag).join(', ')})</span>
      </p>
      <p>
        <InlineText text={entry.text} />
      </p>
      {entry.why && (
        <p>
          <strong>{t('changes.why')}</strong> <InlineText text={entry.why} />
        </p>
      )}
    </li>
  );
}

export function ChangesPage({ site, changelog, ctx }: { site: Site; changelog: PageChangelog; ctx: PageContext }) {
  const { t, lang } = ctx;
  return (
    <Page ctx={ctx} meta={{ title: t('changes.title'), description: t('changes.lead'), type: 'website' }}>
      <h1>{t('changes.title')}</h1>
      <p className="lead">{t('changes.lead')}</p>
      {changelog.en.map((en, k) => {
        const v = changelog.local[k] ?? en;
        const translated = lang === 'en' || changelog.local[k] !== null;
        const date = parseEdtf(v.date);
        const records = v.entries.filter((e) => e.kind === 'incident');
        const other = v.entries.filter((e) => e.kind !== 'incident');
        return (
          <section key={v.version} id={`v${v.version}`} aria-labelledby={`h${v.version}`}>
            <h2 id={`h${v.version}`}>
              {t('changes.version', { version: v.version })},{' '}
              {t('changes.released', { date: date ? formatIncidentDate(date, lang) : v.date })}
            </h2>
            <div lang={translated ? undefined : 'en'}>
              {!translated && <p className="fallback-note">{t('app.untranslated')}</p>}
              <ChangelogProse
                intro={v.intro}
                general={v.general}
                generalHeading={t('changes.general')}
                headingLevel="h3"
              />
              <Entries heading={t('changes.records')} entries={records} site={site} ctx={ctx} />
              <Entries heading={t('changes.other')} entries={other} site={site} ctx={ctx} />
            </div>
          </section>
        );
      })}
    </Page>
  );
}
