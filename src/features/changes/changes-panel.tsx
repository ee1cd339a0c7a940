/**
 * "What changed": the dataset's changelog, newest version first, in a modal
 * dialog opened from the dataset version in the header (or from the notice
 * of a link made with an older version, which marks the versions since).
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { compareVersions, type ChangelogEntry, type ChangelogVersion } from '../../data/changelog';
import { resolveIncidentId } from '../../data/cross-records';
import { pick } from '../../data/localized';
import { parseEdtf } from '../../lib/edtf';
import { formatIncidentDate } from '../../lib/format';
import { changelogQuery } from './changelog-query';
import { ChangelogProse, InlineText } from '../../ui/inline-text';
import { TagChips } from './tag-chips';
import './changes.css';

export function ChangesPanel() {
  const open = useAppStore((s) => s.changesPanel);
  if (!open) return null;
  return <ChangesDialog since={open.since} />;
}

function ChangesDialog({ since }: { since: string | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.published?.dataset.version ?? null);
  const query = useQuery(changelogQuery(lang));
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const close = () => appStore.getState().closeChanges();

  return (
    <dialog
      ref={ref}
      className="changes-dialog"
      aria-labelledby="changes-title"
      onClose={close}
      data-testid="changes-panel"
    >
      <div className="changes-head">
        <h2 id="changes-title">{t('changes.title')}</h2>
        <button type="button" className="button small" onClick={close} autoFocus>
          {t('changes.close')}
        </button>
      </div>
      <div className="changes-body">
        <p className="changes-lead">{t('changes.lead')}</p>
        {query.isPending && (
          <p role="status" className="changes-status">
            {t('changes.loading')}
          </p>
        )}
        {query.isError && (
          <p role="alert" className="changes-status">
            {t('changes.failed')}{' '}
            <button type="button" className="button small" onClick={() => void query.refetch()}>
              {t('changes.retry')}
            </button>
          </p>
        )}
        {query.data?.en.map((v, k) => (
          <VersionSection
            key={v.version}
            version={query.data.local[k] ?? v}
            translated={lang === 'en' || query.data.local[k] !== null}
            isCurrent={v.version === current}
            afterLink={since !== null && compareVersions(v.version, since) > 0}
          />
        ))}
        <p className="changes-file">
          <a href="data/changelog.md" download>
            {t('changes.file')}
          </a>
        </p>
      </div>
    </dialog>
  );
}

function VersionSection(props: {
  version: ChangelogVersion;
  translated: boolean;
  isCurrent: boolean;
  afterLink: boolean;
}) {
  const { version: v, translated } = props;
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const date = parseEdtf(v.date);
  const records = v.entries.filter((e) => e.kind === 'incident');
  const other = v.entries.filter((e) => e.kind !== 'incident');
  const id = `changes-${v.version.replace(/\./g, '-')}`;
  return (
    <section className="change-version" aria-labelledby={id} data-version={v.version} data-after-link={props.afterLink}>
      <h3 id={id}>
        {t('changes.version', { version: v.version })}{' '}
        <span className="change-date">
          {t('changes.released', { date: date ? formatIncidentDate(date, lang) : v.date })}
        </span>
        {props.isCurrent && <span className="change-mark">{t('changes.current')}</span>}
        {props.afterLink && <span className="change-mark since">{t('changes.sinceLink')}</span>}
      </h3>
      <div lang={translated ? undefined : 'en'}>
        {!translated && <p className="changes-untranslated">{t('app.untranslated')}</p>}
        <ChangelogProse
          intro={v.intro}
          general={v.general}
          generalHeading={t('changes.general')}
          headingLevel="h4"
          listClass="change-general"
        />
        {records.length > 0 && (
          <>
            <h4>{t('changes.records')}</h4>
            <ul className="change-entries">
              {records.map((e) => (
                <li key={e.line}>
                  <IncidentEntry entry={e} />
                </li>
              ))}
            </ul>
          </>
        )}
        {other.length > 0 && (
          <>
            <h4>{t('changes.other')}</h4>
            <ul className="change-entries">
              {other.map((e) => (
                <li key={e.line}>
                  <p className="change-subject">
                    {t(`changes.kinds.${e.kind}`)}
                    {e.ids.map((x) => (
                      <code key={x}>{x}</code>
                    ))}
                  </p>
                  <EntryBody entry={e} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

/** An incident's entry, naming the record by its current title in the reader's language. */
function IncidentEntry({ entry }: { entry: ChangelogEntry }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.published);
  const id = data && entry.id ? resolveIncidentId(data.dataset.redirects, entry.id).id : (entry.id ?? '');
  const i = data?.idToIndex.get(id);
  const title = i === undefined || !data ? null : pick(data.title(i), lang);
  const openIt = () => {
    const s = appStore.getState();
    s.closeChanges();
    if (s.origin.kind !== 'published') s.showPublished();
    appStore.getState().select(id, 'navigation');
  };
  return (
    <>
      <p className="change-subject">
        {title !== null ? (
          <span className="change-title" lang={lang}>
            {title}
          </span>
        ) : (
          <em>{t('changes.notInDataset')}</em>
        )}
        {title !== null && (
          <button
            type="button"
            className="button small"
            onClick={openIt}
            aria-label={t('changes.openIncidentNamed', { title })}
            data-incident={id}
          >
            {t('changes.openIncident')}
          </button>
        )}
      </p>
      <p className="change-id">
        <code>{entry.id}</code>
        {entry.id !== id && (
          <span>
            {' '}
            → <code>{id}</code>
          </span>
        )}
      </p>
      <EntryBody entry={entry} />
    </>
  );
}

function EntryBody({ entry }: { entry: ChangelogEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <TagChips tags={entry.tags} />
      <p className="change-text">
        <InlineText text={entry.text} />
      </p>
      {entry.why && (
        <p className="change-why">
          <strong>{t('changes.why')}</strong> <InlineText text={entry.why} />
        </p>
      )}
    </>
  );
}
